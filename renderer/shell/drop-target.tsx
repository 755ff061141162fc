/** Drag and drop of files anywhere onto the window: reads the bytes and opens them as variants. */
import { useEffect, useState, type ReactElement } from 'react';
import { useT } from '../i18n';
import { readFiles } from '../platform/file-input';
import { openDropped } from './session-actions';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Listens on the window and shows an overlay while files are dragged over it. */
export function DropTarget(): ReactElement | null {
  const t = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // Counting enters and leaves: dragleave also fires when moving between child elements.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overHandler = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void readFiles(files).then(openDropped);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <div className="drop-overlay-box">{t('drop.overlay')}</div>
    </div>
  );
}
