import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { practiceContracts as practice } from '../../../../../src/shared/contracts/practice.ts';
import type { TaxonomyRole } from '../../../../../src/shared/contracts/taxonomy.ts';
import type { CreatePathInput } from '../../../../../src/shared/paths.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../components/alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorFor, type FieldErrors } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { showSendFailure } from '../../../ui/form-send.ts';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { pathsApi } from '../api.ts';
import {
  type CertificationChoice,
  GoalChoice,
  type GoalDraft,
} from '../components/goal-choice.tsx';

/**
 * The "New path" form: a goal (role, skills, a certification or a sentence), an optional start
 * and deadline.
 */
export function NewPathPage() {
  usePageTitle('New path');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const learnNext = params.get('learnNext');
  const [roles, setRoles] = useState<TaxonomyRole[]>([]);
  const [certifications, setCertifications] = useState<CertificationChoice[]>([]);
  const [goal, setGoal] = useState<GoalDraft>({
    mode: learnNext ? 'skills' : params.get('certificationId') ? 'certification' : 'role',
    roleId: '',
    skillIds: learnNext ? [learnNext] : [],
    certificationId: params.get('certificationId') ?? '',
    text: '',
  });
  const { values, bind } = useFormValues({ startDate: '', deadline: '' });
  const { startDate, deadline } = values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.taxonomy.roles().catch(() => ({ roles: [] })),
      api.profile.get().catch(() => null),
      api.call(practice.listCertifications).catch(() => ({ certifications: [] })),
    ]).then(([list, profile, certs]) => {
      if (!live) return;
      setRoles(list.roles);
      setCertifications(certs.certifications);
      const first = profile?.targetRoles[0];
      if (first) setGoal((g) => (g.roleId ? g : { ...g, roleId: first }));
    });
    return () => {
      live = false;
    };
  }, []);

  function buildInput(): { input: CreatePathInput } | { errors: FieldErrors } {
    const found: FieldErrors = {};
    const input: CreatePathInput = { goal: {} };
    if (goal.mode === 'role') {
      if (!goal.roleId) found.goal = 'Choose a target role.';
      else input.goal.roleId = goal.roleId;
    } else if (goal.mode === 'skills') {
      if (goal.skillIds.length === 0) found.goal = 'Add at least one skill.';
      const rest = goal.skillIds.filter((s) => s !== learnNext);
      if (learnNext && goal.skillIds.includes(learnNext)) input.goal.learnNextSkillId = learnNext;
      if (rest.length) input.goal.skillIds = rest;
    } else if (goal.mode === 'certification') {
      if (!goal.certificationId) found.goal = 'Choose a certification.';
      else input.goal.certificationId = goal.certificationId;
    } else {
      if (!goal.text.trim()) found.goal = 'Describe what you want to learn.';
      else input.goal.text = goal.text.trim();
    }
    if (startDate) input.startDate = startDate;
    if (deadline) input.deadline = deadline;
    if (startDate && deadline && deadline < startDate)
      found.deadline = 'The deadline is before the start date.';
    return Object.keys(found).length ? { errors: found } : { input };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const built = buildInput();
    if ('errors' in built) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const path = await pathsApi.create(built.input);
      navigate(`/app/paths/${path.id}`);
    } catch (e) {
      showSendFailure(e, setErrors, setFormError);
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        title="New path"
        description="Skilltrace plans small steps from the skill taxonomy and the checked source catalog, skips what you already know, and fits them into your weekly hours."
      />
      <p>
        <Link to="/app/paths">← All paths</Link>
      </p>
      {learnNext ? (
        <Alert tone="info" title="From your Radar">
          The goal starts with the skill Radar suggested you learn next. Add more or pick another
          kind of goal.
        </Alert>
      ) : null}
      {formError ? (
        <Alert tone="error" title="Could not create the path">
          {formError}
        </Alert>
      ) : null}
      <form className="panel form path-form" onSubmit={submit} noValidate aria-label="New path">
        <GoalChoice
          roles={roles}
          certifications={certifications}
          value={goal}
          error={errorFor(errors, 'goal')}
          onChange={setGoal}
        />
        <div className="grid-2">
          <TextField
            label="Start date (optional)"
            hint="Defaults to today."
            error={errors.startDate}
            type="date"
            {...bind('startDate')}
          />
          <TextField
            label="Deadline (optional)"
            hint="You will see a warning if the steps do not fit in your hours before it."
            error={errors.deadline}
            type="date"
            {...bind('deadline')}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Planning…' : 'Create path'}
          </button>
          <Link to="/app/paths" className="button button-ghost">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
