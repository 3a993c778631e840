/**
 * Puts focus on the accept / unaccept button of reply #n once it is on the page: accepting turns a reply into the
 * accepted-answer marker (and unaccepting turns it back), so the button focus was on is replaced by another.
 */
export function focusAcceptToggle(postNumber: number): void {
  let frames = 0;
  const attempt = () => {
    const button = document.querySelector<HTMLElement>(`[data-post-number="${postNumber}"] [data-accept-toggle]`);
    if (button && button.isConnected) button.focus();
    else if (frames++ < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
