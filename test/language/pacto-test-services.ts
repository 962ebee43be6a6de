import { EmptyFileSystem } from 'langium';
import { createPactoServices } from '../../language/pacto-module.js';

/** One service container for all language tests (building it parses the grammar once). */
export const services = createPactoServices(EmptyFileSystem);
