// The 指标值 model is defined beside its parser (src/value/ is the layer below src/domain/).
export { IndicatorValue, Op } from '../value/schema.js';
