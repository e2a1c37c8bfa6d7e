/**
 * Embedded PostgreSQL settings. Its memory is one WebAssembly heap that only grows, so the
 * shared buffer pool (PostgreSQL's default is 128 MB, all of it resident once touched) is
 * kept small: the embedded store serves one person or a small team, and the operating
 * system's file cache sits below it anyway.
 */
export const EMBEDDED_START_PARAMS = ['-c', 'shared_buffers=32MB'];
