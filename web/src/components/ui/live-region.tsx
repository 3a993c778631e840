interface LiveRegionProps {
  message: string;
}

/** A polite, visually hidden status region; pair it with `useAnnouncer`. It stays mounted so updates are heard. */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
