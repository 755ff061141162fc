/**
 * The export dialog's fields, one per choice: format, the redline's variant, scope, line endings
 * and house style. Each shows its value and reports a change; the dialog keeps the state.
 */
import type { ReactElement, RefObject } from 'react';
import type { ExportFormat } from '../../app/export/types';
import { EXPORT_FORMATS } from '../../app/export/types';
import { useT } from '../i18n';
import type { ExportChoice } from './export-actions';

/** The format select (the dialog's first field: it takes the focus when the dialog opens). */
export function FormatField(props: {
  format: ExportFormat;
  onChange: (value: string) => void;
  selectRef: RefObject<HTMLSelectElement | null>;
}): ReactElement {
  const t = useT();
  return (
    <label className="field">
      <span>{t('project.format')}</span>
      <select
        ref={props.selectRef}
        value={props.format}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid="export-format"
      >
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`project.format.${f}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The variant a redline starts from. */
export function RedlineVariantField(props: {
  variants: readonly { readonly id: string; readonly name: string }[];
  value: string;
  onChange: (id: string) => void;
}): ReactElement {
  const t = useT();
  return (
    <label className="field">
      <span>{t('project.redlineVariant')}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid="export-redline-variant"
      >
        {/* Numbered as in the pane pickers and chips ("3. name"), not by internal id ("v3"). */}
        {props.variants.map((v, i) => (
          <option key={v.id} value={v.id}>
            {i + 1}. {v.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** This story or all stories. */
export function ScopeField(props: {
  scope: ExportChoice['scope'];
  onChange: (scope: ExportChoice['scope']) => void;
}): ReactElement {
  const t = useT();
  return (
    <fieldset className="field-group">
      <legend>{t('project.scope')}</legend>
      <label>
        <input
          type="radio"
          name="scope"
          checked={props.scope === 'story'}
          onChange={() => props.onChange('story')}
        />
        {t('project.scopeStory')}
      </label>
      <label>
        <input
          type="radio"
          name="scope"
          checked={props.scope === 'all'}
          onChange={() => props.onChange('all')}
          data-testid="export-scope-all"
        />
        {t('project.scopeAll')}
      </label>
    </fieldset>
  );
}

/** LF or CRLF line endings. */
export function LineEndingField(props: {
  lineEnding: ExportChoice['lineEnding'];
  onChange: (lineEnding: ExportChoice['lineEnding']) => void;
}): ReactElement {
  const t = useT();
  return (
    <fieldset className="field-group">
      <legend>{t('project.lineEnding')}</legend>
      <label>
        <input
          type="radio"
          name="eol"
          checked={props.lineEnding === 'lf'}
          onChange={() => props.onChange('lf')}
        />
        {t('project.lineEnding.lf')}
      </label>
      <label>
        <input
          type="radio"
          name="eol"
          checked={props.lineEnding === 'crlf'}
          onChange={() => props.onChange('crlf')}
          data-testid="export-crlf"
        />
        {t('project.lineEnding.crlf')}
      </label>
    </fieldset>
  );
}

/** Apply the house style (full-width punctuation, no CJK spacing). */
export function HouseStyleField(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}): ReactElement {
  const t = useT();
  return (
    <label className="field-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid="export-house-style"
      />
      {t('project.houseStyle')}
    </label>
  );
}
