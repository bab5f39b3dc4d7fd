/**
 * Browser wiring shared by every filterable list (documents, award decisions, exemplars, calendar):
 * a GET form of `<select name=param>` that, with JavaScript, hides the rows that do not match in
 * place, keeps the address in sync (so a filtered list can be shared) and announces the count in a
 * polite live region. Without JavaScript the form submits and the full list stays visible.
 *
 * The list-specific rules (parameter names, matching, URL reading and writing, the count sentence)
 * are pure functions in src/lib, unit-tested there; this module only connects them to the page.
 * Each row carries its values as `data-<param>` attributes.
 */
export interface ListFilterConfig<P extends string> {
  /** Selectors: the form, the live count, the "nothing found" message, the rows, the reset link. */
  readonly form: string;
  readonly count: string;
  readonly rows: string;
  readonly reset: string;
  readonly empty?: string;
  /** Groups (e.g. calendar months) hidden when none of their rows is shown. */
  readonly groups?: string;
  readonly params: readonly P[];
  readonly read: (search: string) => Partial<Record<P, string>>;
  readonly write: (state: Partial<Record<P, string>>) => string;
  readonly matches: (
    values: Partial<Record<P, string>>,
    state: Partial<Record<P, string>>,
  ) => boolean;
  readonly message: (shown: number, total: number) => string;
}

/** Connects a filter form to its list; does nothing when the form is not on the page. */
export function attachListFilters<P extends string>(config: ListFilterConfig<P>): void {
  const form = document.querySelector<HTMLFormElement>(config.form);
  if (!form) return;
  const count = document.querySelector<HTMLElement>(config.count);
  const empty =
    config.empty === undefined ? null : document.querySelector<HTMLElement>(config.empty);
  const rows = [...document.querySelectorAll<HTMLElement>(config.rows)];
  const groups =
    config.groups === undefined ? [] : [...document.querySelectorAll<HTMLElement>(config.groups)];
  const select = (param: P): HTMLSelectElement | null =>
    form.querySelector<HTMLSelectElement>(`select[name="${param}"]`);

  const stateFromForm = (): Partial<Record<P, string>> => {
    const state: Partial<Record<P, string>> = {};
    for (const p of config.params) {
      const value = select(p)?.value ?? '';
      if (value !== '') state[p] = value;
    }
    return state;
  };

  const apply = (state: Partial<Record<P, string>>, updateAddress: boolean): void => {
    let shown = 0;
    for (const row of rows) {
      const values: Partial<Record<P, string>> = {};
      for (const p of config.params) values[p] = row.getAttribute(`data-${p}`) ?? '';
      const match = config.matches(values, state);
      row.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !rows.some((r) => !r.hidden && group.contains(r));
    if (count) count.textContent = config.message(shown, rows.length);
    if (empty) empty.hidden = shown > 0;
    if (updateAddress) {
      const url = `${window.location.pathname}${config.write(state)}${window.location.hash}`;
      window.history.replaceState(null, '', url);
    }
  };

  const initial = config.read(window.location.search);
  for (const p of config.params) {
    const s = select(p);
    const value = initial[p];
    if (s && value !== undefined && [...s.options].some((o) => o.value === value)) s.value = value;
  }
  apply(stateFromForm(), false);
  form.addEventListener('change', () => {
    apply(stateFromForm(), true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(stateFromForm(), true);
  });
  form.querySelector(config.reset)?.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    apply({}, true);
  });
}
