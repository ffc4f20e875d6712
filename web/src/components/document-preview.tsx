import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './form';

/**
 * A PDF drawn with pdf.js into a canvas, a page at a time, or an image shown as it is. pdf.js is
 * loaded only when a preview opens; its worker is a file of this site, so the strict CSP holds.
 */
export function DocumentPreview({
  url,
  contentType,
  name,
}: {
  readonly url: string;
  readonly contentType: string;
  readonly name: string;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [page, setPage] = useState(1);
  const [pages, setPages] = useState(0);
  const [failed, setFailed] = useState(false);
  const isPdf = contentType === 'application/pdf';

  useEffect(() => {
    if (!isPdf) return;
    let cancelled = false;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const document = await pdfjs.getDocument({ url, useWasm: false }).promise;
      if (cancelled) return;
      setPages(document.numPages);
      const pdfPage = await document.getPage(Math.min(page, document.numPages));
      const target = canvas.current;
      if (!target || cancelled) return;
      const width = target.parentElement?.clientWidth ?? 600;
      const unscaled = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: Math.min(2, width / unscaled.width) });
      target.width = viewport.width;
      target.height = viewport.height;
      await pdfPage.render({ canvas: target, viewport }).promise;
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [url, page, isPdf]);

  if (!isPdf) return <img className="preview__image" src={url} alt={t('tasks.previewOf', { name })} />;
  if (failed) return <p className="govuk-body">{t('tasks.previewUnavailable')}</p>;
  return (
    <figure className="preview">
      <canvas
        ref={canvas}
        className="preview__canvas"
        role="img"
        aria-label={t('tasks.previewOf', { name })}
      />
      {pages > 1 && (
        <figcaption className="govuk-button-group">
          <Button variant="secondary" small disabled={page <= 1} onClick={() => setPage(page - 1)}>
            ‹
          </Button>
          <span className="govuk-body-s">{t('tasks.page', { page, pages })}</span>
          <Button variant="secondary" small disabled={page >= pages} onClick={() => setPage(page + 1)}>
            ›
          </Button>
        </figcaption>
      )}
    </figure>
  );
}
