import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue';
import { i18n } from '../modules/i18n';
import { fieldId, type FormIssue } from '../utils/fiche-form';

const KEY: InjectionKey<ComputedRef<Record<string, string>>> = Symbol('field-errors');

const FORMAT_BY_FIELD: Record<string, string> = {
  postalCode: 'postalCode',
  phone: 'phone',
  email: 'email',
  url: 'url',
  departments: 'department',
};

/** A French message for one schema issue, by its code and the field it is about. */
export function issueMessage(issue: FormIssue): string {
  const t = i18n.global.t;
  const field = [...issue.path].reverse().find((p) => typeof p === 'string') ?? '';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' || issue.origin === undefined
        ? t('admin.validation.tooLong', { max: issue.limit ?? 0 })
        : t('admin.validation.tooBig', { max: issue.limit ?? 0 });
    case 'too_small':
      return issue.origin === 'string' && (issue.limit ?? 0) <= 1
        ? t('admin.validation.required')
        : t('admin.validation.tooSmall', { min: issue.limit ?? 0 });
    case 'invalid_format': {
      const kind = FORMAT_BY_FIELD[field] ?? FORMAT_BY_FIELD[String(issue.path.at(-2))] ?? '';
      return kind
        ? t(`admin.validation.format.${kind}` as 'admin.validation.format.phone')
        : t('admin.validation.invalid');
    }
    case 'custom':
      return field === 'age' ? t('admin.validation.ageRange') : t('admin.validation.invalid');
    case 'invalid_type':
      return t('admin.validation.number');
    default:
      return t('admin.validation.invalid');
  }
}

/** Provides the schema errors of the form to every field below, by field id. */
export function provideFieldErrors(issues: () => FormIssue[]): ComputedRef<Record<string, string>> {
  const errors = computed(() => {
    const out: Record<string, string> = {};
    for (const issue of issues()) {
      const id = fieldId(issue.path);
      out[id] ??= issueMessage(issue);
    }
    return out;
  });
  provide(KEY, errors);
  return errors;
}

/** The error of a field, by its id (`fieldId(path)`). */
export function useFieldErrors(): (id: string) => string | undefined {
  const errors = inject(
    KEY,
    computed((): Record<string, string> => ({})),
  );
  return (id) => errors.value[id];
}
