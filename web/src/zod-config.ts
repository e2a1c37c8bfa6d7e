import { z } from 'zod';

// zod probes `new Function` to compile fast parsers; under the page's CSP (no 'unsafe-eval')
// the probe is refused and Chromium logs a CSP error on every page. This module is imported
// first (schemas read the setting when they are built), so parsing never tries eval.
z.config({ jitless: true });
