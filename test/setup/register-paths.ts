import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

// The global setup runs under Node's own module loader, outside jest's moduleNameMapper.
register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
