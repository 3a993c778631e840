import { useEffect } from 'react';

const PRODUCT = 'Threadline';

/** Sets the tab title ("Sign in · Threadline") so screen-reader users hear where they landed. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
