// Invented students and case texts for the demo district's expulsion cases.

/** First names and surnames are combined at random, so the students are invented. */
export const STUDENT_FIRST_NAMES = [
  'Aaliyah', 'Adrian', 'Alejandro', 'Amara', 'Andre', 'Angelica', 'Brandon', 'Brianna', 'Cameron', 'Camila',
  'Darnell', 'Destiny', 'Diego', 'Elijah', 'Emmanuel', 'Esperanza', 'Gabriel', 'Imani', 'Isaiah', 'Jada',
  'Jalen', 'Jasmine', 'Javier', 'Jayden', 'Kiara', 'Lamar', 'Leilani', 'Malik', 'Marisol', 'Mateo',
  'Nadia', 'Nia', 'Omar', 'Priya', 'Quentin', 'Samira', 'Terrence', 'Valeria', 'Xavier', 'Zaria',
];

export const STUDENT_SURNAMES = [
  'Acosta', 'Bradley', 'Castillo', 'Coleman', 'Dawson', 'Espinoza', 'Fletcher', 'Gaines', 'Guzman', 'Harper',
  'Hudson', 'Jefferson', 'Kowal', 'Lawson', 'Maldonado', 'Mercer', 'Navarro', 'Owens', 'Pacheco', 'Pryor',
  'Quinones', 'Reyes', 'Robinson', 'Salazar', 'Shelton', 'Tate', 'Underwood', 'Vasquez', 'Walton', 'Wyatt',
];

export const INCIDENTS = [
  'Brought a folding knife to school; a staff member found it during a bag check at the entrance.',
  'Struck another student repeatedly in the cafeteria, causing an injury that needed medical attention.',
  'Sold prescription pills to other students in a stairwell, as seen on hallway cameras.',
  'Posted a threat against the school on social media, naming a specific day.',
  'Started a fight in the gym that several students joined; a security officer was pushed to the floor.',
  'Set fire to paper towels in a restroom; the fire alarm emptied the building.',
  'Brought a replica handgun to school and showed it to classmates on the bus line.',
  'Assaulted a teacher who tried to separate two students in the hallway.',
  'Was found with a quantity of cannabis packaged for sale in a locker.',
  'Threatened a classmate with a box cutter after an argument in the locker room.',
  'Repeatedly harassed and threatened a classmate, continuing after two prior suspensions.',
  'Pulled the fire alarm and then blocked a stairwell exit during the evacuation.',
];

export const INTERVENTIONS = [
  'Restorative conference with the other student; parent meeting; referral to the school counselor.',
  'Behavior plan reviewed monthly; check-in/check-out with the dean; two in-school suspensions.',
  'Peace circle; mentoring program; referral to community-based counseling.',
  'Functional behavioral assessment and behavior intervention plan; weekly social worker sessions.',
  'Parent conference; schedule change; daily check-ins with the case manager.',
  'None before this incident: a first offense of this severity.',
];

export const RETURN_REASONS = [
  'The referral lacks the witness statements; attach them and resubmit.',
  'The interventions tried are not documented; add the behavior plan and its review notes.',
  'The incident report and the suspension notice give different dates; correct them.',
  'The special education manifestation determination is missing; attach it before the review.',
];

export const DIVERSION_REASONS = [
  'The conduct does not meet the threshold for expulsion; the school will follow a restorative plan.',
  'The manifestation determination found the conduct linked to the disability; the IEP team will revise the plan.',
  'A transfer to an alternative program with the family agreeing serves the student better than a hearing.',
  'The evidence does not support the charge as referred; the school handles it under its discipline policy.',
];

export const WITHDRAWAL_REASONS = [
  'The student enrolled in a school outside the district.',
  'The school withdrew the referral after new evidence came to light.',
  'The family and the school agreed on a transfer to another program.',
  'The referral was duplicated by another case for the same incident.',
];

export const ATTORNEYS = ['M. Okonkwo', 'R. Delacroix', 'S. Varga', 'T. Brennan', 'L. Ferreira', 'J. Whitfield', 'A. Haddad', 'K. Lindgren'];
