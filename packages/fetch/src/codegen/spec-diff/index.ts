export {
  bumpFor,
  type Change,
  type ChangeKind,
  type Direction,
  diffModels,
  type Severity,
} from './diff.js';
export { formatChanges } from './format.js';
export { loadModel } from './load.js';
export {
  buildModel,
  type OperationShape,
  type ParameterShape,
  restrictModel,
  type SchemaShape,
  type SchemaUsage,
  type SpecModel,
} from './model.js';
