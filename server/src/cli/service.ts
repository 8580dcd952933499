// The one NOS service of a `nos` run: its caches serve every file the run reads.

import { createNosService } from '../core';

export const service = createNosService();
