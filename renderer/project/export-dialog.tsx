/**
 * The export dialog: format, which stories, line endings, house style and (for a redline) the
 * variant it starts from (the fields: export-dialog-fields.tsx). Exporting with open flags first
 * asks, saying how many (use-export-flow.ts).
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
  type RefObject,
} from 'react';
import type { ExportFormat } from '../../app/export/types';
import { EXPORT_FORMATS } from '../../app/export/types';
import { useT } from '../i18n';
import { keepTabInside } from '../shell/focus-trap';
import { useAppStore } from '../store';
import type { ExportChoice } from './export-actions';
import {
  FormatField,
  HouseStyleField,
  LineEndingField,
  RedlineVariantField,
  ScopeField,
} from './export-dialog-fields';
import { useExportFlow, type ExportFlow } from './use-export-flow';

function isFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** The dialog, shown while the store's exportDialog is set. */
export function ExportDialog(): ReactElement | null {
  const request = useAppStore((s) => s.exportDialog);
  if (!request) return null;
  return <ExportDialogBody initialFormat={isFormat(request.format) ? request.format : 'txt'} />;
}

function ExportDialogBody(props: { initialFormat: ExportFormat }): ReactElement {
  const t = useT();
  const titleId = useId();
  const close = useAppStore((s) => s.closeExportDialog);
  const variants = useAppStore((s) => s.variants);
  const baseOfStory = useAppStore((s) =>
    s.storyId ? s.reviews[s.storyId]?.baseVariant : undefined,
  );
  const [format, setFormat] = useState<ExportFormat>(props.initialFormat);
  const [scope, setScope] = useState<ExportChoice['scope']>('story');
  const [lineEnding, setLineEnding] = useState<ExportChoice['lineEnding']>('lf');
  const [houseStyle, setHouseStyle] = useState(false);
  const [redlineVariant, setRedlineVariant] = useState(
    () => variants.find((v) => v.id !== baseOfStory)?.id ?? variants[0]?.id ?? '',
  );
  const choice: ExportChoice = {
    format,
    scope,
    lineEnding,
    houseStyle,
    ...(format === 'redline' ? { redlineVariant } : {}),
  };
  const flow = useExportFlow(choice, close);
  const firstField = useRef<HTMLSelectElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Focus moves into the dialog and, when it closes, back to where the editor was (the Export button).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstField.current?.focus();
    return () => opener?.focus();
  }, []);
  useEffect(() => {
    if (flow.openCount !== null) confirmButton.current?.focus();
  }, [flow.openCount]);

  return (
    <ExportFrame titleId={titleId} close={close}>
      <h2 id={titleId}>{t('project.exportTitle')}</h2>
      <form onSubmit={(e) => void flow.submit(e)}>
        <FormatField
          format={format}
          selectRef={firstField}
          onChange={(value) => {
            if (isFormat(value)) setFormat(value);
            flow.clearQuestion();
          }}
        />
        {format === 'redline' ? (
          <RedlineVariantField
            variants={variants}
            value={redlineVariant}
            onChange={setRedlineVariant}
          />
        ) : null}
        <ScopeField
          scope={scope}
          onChange={(value) => {
            setScope(value);
            flow.clearQuestion();
          }}
        />
        <LineEndingField lineEnding={lineEnding} onChange={setLineEnding} />
        <HouseStyleField checked={houseStyle} onChange={setHouseStyle} />
        <ExportFooter flow={flow} close={close} confirmButton={confirmButton} />
      </form>
    </ExportFrame>
  );
}

/** The open-flags question, an export's error, and Cancel / Export (Export anyway once asked). */
function ExportFooter(props: {
  flow: ExportFlow;
  close: () => void;
  confirmButton: RefObject<HTMLButtonElement | null>;
}): ReactElement {
  const t = useT();
  const { flow } = props;
  return (
    <>
      {flow.openCount !== null ? (
        <p className="export-question" role="alert" data-testid="open-flags-question">
          {t('project.openFlagsQuestion', { count: flow.openCount })}
        </p>
      ) : null}
      {flow.error ? (
        <p className="export-error" role="alert">
          {t('project.exportFailed', { message: flow.error })}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" onClick={props.close}>
          {t('project.cancel')}
        </button>
        <button
          type="submit"
          className="primary"
          disabled={flow.busy}
          ref={props.confirmButton}
          data-testid="export-confirm"
        >
          {flow.openCount !== null ? t('project.exportAnyway') : t('project.export')}
        </button>
      </div>
    </>
  );
}

/**
 * The dialog's frame: a click on the backdrop or Escape closes it, Tab stays inside, and keys typed
 * in it are the dialog's: the review's single-key shortcuts (a, r, digits) listening on window must
 * not decide a flag behind it.
 */
function ExportFrame(props: {
  titleId: string;
  close: () => void;
  children: ReactNode;
}): ReactElement {
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && props.close()}
    >
      <div
        className="modal export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.titleId}
        data-testid="export-dialog"
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') props.close();
          keepTabInside(event);
        }}
      >
        {props.children}
      </div>
    </div>
  );
}
