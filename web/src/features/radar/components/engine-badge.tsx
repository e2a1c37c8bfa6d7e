/**
 * Says how a radar result was made. Every radar number comes from the offline engine
 * (taxonomy matching and statistics over your posts); no model writes any of it.
 */
export function EngineBadge() {
  return (
    <span className="badge" title="Computed from your posts by rules and statistics, not by AI">
      Offline engine · no AI
    </span>
  );
}
