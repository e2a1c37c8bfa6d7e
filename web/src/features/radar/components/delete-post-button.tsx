import type { PostInfo } from '../../../../../src/shared/radar.ts';

/** The small Delete button of a post or client request, named after what it deletes. */
export function DeletePostButton({
  post,
  onDelete,
}: {
  post: PostInfo;
  onDelete: (post: PostInfo) => void;
}) {
  return (
    <button
      type="button"
      className="button button-danger-ghost button-small"
      onClick={() => onDelete(post)}
      aria-label={`Delete ${post.title}`}
    >
      Delete
    </button>
  );
}
