import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { TaxonomySkill } from '../../../src/shared/contracts/taxonomy.ts';
import { api } from '../api/client.ts';
import { rememberSkills } from '../hooks/use-skill-names.ts';

/**
 * A searchable combobox over the skills taxonomy (`/api/taxonomy/skills?q=`). Arrow keys
 * move through the results, Enter picks one, Escape closes the list.
 */
export function SkillPicker({
  exclude,
  onPick,
  disabled = false,
}: {
  exclude: ReadonlySet<string>;
  onPick: (skill: TaxonomySkill) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TaxonomySkill[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');

  useEffect(() => {
    const q = query.trim();
    if (q.length < 1) {
      setResults([]);
      setStatus('idle');
      return;
    }
    let live = true;
    setStatus('loading');
    const timer = setTimeout(() => {
      api.taxonomy
        .skills({ q, limit: 20 })
        .then(({ skills }) => {
          if (!live) return;
          rememberSkills(skills);
          setResults(skills);
          setActive(0);
          setStatus('idle');
        })
        .catch(() => live && setStatus('error'));
    }, 180);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const options = results.filter((s) => !exclude.has(s.id));
  const showList = open && query.trim().length > 0;

  function pick(skill: TaxonomySkill | undefined) {
    if (!skill) return;
    onPick(skill);
    setQuery('');
    setResults([]);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks a skill instead of submitting the whole profile form.
      event.preventDefault();
      if (showList) pick(options[active]);
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const activeId = showList && options[active] ? `${id}-opt-${active}` : undefined;
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field-label">
        Add a skill
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder="Search skills, e.g. Tableau, SEO, Figma"
        autoComplete="off"
        value={query}
        disabled={disabled}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {disabled ? <p className="field-hint">You have added the maximum number of skills.</p> : null}
      <div
        id={listId}
        role="listbox"
        aria-label="Matching skills"
        hidden={!showList}
        className="listbox"
      >
        {options.map((skill, i) => (
          <div
            key={skill.id}
            id={`${id}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'option option-active' : 'option'}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(skill);
            }}
            onMouseMove={() => setActive(i)}
          >
            <span className="option-name">{skill.name}</span>
            <span className="option-meta">{skill.category}</span>
          </div>
        ))}
        {showList && options.length === 0 ? (
          <div
            className="option option-empty"
            role="option"
            tabIndex={-1}
            aria-selected={false}
            aria-disabled="true"
          >
            {status === 'loading'
              ? 'Searching…'
              : status === 'error'
                ? 'Search failed. Try again.'
                : 'No matching skills.'}
          </div>
        ) : null}
      </div>
    </div>
  );
}
