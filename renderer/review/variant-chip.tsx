/** A variant's chip: its number on its colour, as the pane pickers, the flag list and the tables show it. */
import type { ReactElement } from 'react';
import { chipStyle, type VariantLook } from './use-review';

/** The chip of one variant (`look` undefined: an empty chip); `title` names it on hover. */
export function VariantChip(props: {
  look: VariantLook | undefined;
  size: 'small' | 'tiny';
  title?: string;
}): ReactElement {
  return (
    <span
      className={`chip ${props.size}`}
      style={chipStyle(props.look?.colour)}
      title={props.title}
    >
      {props.look?.number ?? ''}
    </span>
  );
}
