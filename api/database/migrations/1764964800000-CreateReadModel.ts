import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the read model that activities write and the API reads: process instances, their stage
 * transitions, escalations, notifications, SLA policies, expulsion case details and the access log.
 */
export class CreateReadModel1764964800000 implements MigrationInterface {
  name = 'CreateReadModel1764964800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE process_instances (
        id text PRIMARY KEY,
        process text NOT NULL,
        school_id text NOT NULL REFERENCES schools (id),
        area_id text NOT NULL REFERENCES areas (id),
        stage text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        outcome text,
        waiting_on_role text,
        stage_entered_at timestamptz NOT NULL,
        warn_at timestamptz,
        due_at timestamptz,
        central_office_at timestamptz,
        due_provisional boolean NOT NULL DEFAULT false,
        last_sequence integer NOT NULL,
        opened_at timestamptz NOT NULL,
        opened_by uuid REFERENCES users (id),
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX process_instances_open_stage_idx ON process_instances (process, stage) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX process_instances_area_idx ON process_instances (area_id, status)`);
    await queryRunner.query(`CREATE INDEX process_instances_school_idx ON process_instances (school_id, status)`);
    await queryRunner.query(`CREATE INDEX process_instances_open_due_idx ON process_instances (due_at) WHERE status = 'open'`);

    await queryRunner.query(`
      CREATE TABLE stage_transitions (
        instance_id text NOT NULL REFERENCES process_instances (id) ON DELETE CASCADE,
        sequence integer NOT NULL CHECK (sequence >= 1),
        action text NOT NULL,
        from_stage text,
        to_stage text NOT NULL,
        actor_id uuid REFERENCES users (id),
        actor_role text,
        actor_email text,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (instance_id, sequence)
      )`);
    await queryRunner.query(`CREATE INDEX stage_transitions_stage_time_idx ON stage_transitions (to_stage, occurred_at)`);

    await queryRunner.query(`
      CREATE TABLE expulsion_cases (
        -- No foreign key: the API stores the student's details before the workflow records the case.
        instance_id text PRIMARY KEY,
        student_name text NOT NULL,
        student_local_id text NOT NULL,
        student_grade text NOT NULL,
        incident_date date NOT NULL,
        incident text NOT NULL,
        interventions_tried text NOT NULL,
        suspension_started_on date,
        legal_warn_at timestamptz,
        legal_limit_at timestamptz,
        attorney_name text,
        hearing_at timestamptz,
        hearing_outcome text,
        recommendation text,
        decision text,
        expulsion_length_days integer,
        placement text,
        closing_reason text
      )`);

    await queryRunner.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instance_id text NOT NULL REFERENCES process_instances (id) ON DELETE CASCADE,
        stage text NOT NULL,
        stage_sequence integer NOT NULL,
        level text NOT NULL CHECK (level IN ('area', 'central_office')),
        area_id text NOT NULL REFERENCES areas (id),
        school_id text NOT NULL REFERENCES schools (id),
        due_at timestamptz NOT NULL,
        raised_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES users (id),
        UNIQUE (instance_id, stage_sequence, level)
      )`);
    await queryRunner.query(`CREATE INDEX escalations_area_open_idx ON escalations (area_id, raised_at) WHERE acknowledged_at IS NULL`);
    await queryRunner.query(`CREATE INDEX escalations_level_idx ON escalations (level, raised_at)`);

    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instance_id text NOT NULL REFERENCES process_instances (id) ON DELETE CASCADE,
        stage_sequence integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('sla_warning', 'escalation', 'legal_clock_warning')),
        recipient_role text NOT NULL,
        area_id text REFERENCES areas (id),
        school_id text REFERENCES schools (id),
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (instance_id, stage_sequence, kind, recipient_role)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_role, area_id, school_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE sla_policies (
        process text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        document jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users (id),
        PRIMARY KEY (process, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        action text NOT NULL,
        instance_id text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX access_log_instance_idx ON access_log (instance_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['access_log', 'sla_policies', 'notifications', 'escalations', 'expulsion_cases', 'stage_transitions', 'process_instances']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
