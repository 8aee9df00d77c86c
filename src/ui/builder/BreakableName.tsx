import { Fragment } from 'react';

/**
 * A Keras class name that may wrap between its words ("Global|Average|Pooling2D") rather than
 * mid-word, for narrow cards and the palette. The text, and so the accessible name, is unchanged.
 */
export function BreakableName({ name }: { name: string }) {
  const words = name.split(/(?<=[a-z0-9])(?=[A-Z][a-z])/);
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </>
  );
}
