// The ESM face of the library: the CommonJS bundle (dist/api/index.cjs, everything inlined) re-exported by name.
import api from '../dist/api/index.cjs';

export const { PactoError, parseContract, loadContract, deadlines, elapsed, replay, simulate, exportContract, EXPORT_FORMAT_IDS, VERSION } = api;
export default api;
