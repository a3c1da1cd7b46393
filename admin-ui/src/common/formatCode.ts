/** Shows a code such as "expulsion_recommended" as words: "Expulsion recommended". */
export const formatCode = (code: string): string => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
