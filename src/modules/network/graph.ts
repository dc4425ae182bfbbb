// The graph model is the POLE store's (pole/graph.ts); network code keeps importing it from here.
export {
  noFilters,
  day,
  otherEnd,
  degrees,
  type GraphFilters,
  type GraphLink,
  type HopLink,
  type GraphEntity,
  type Subgraph,
} from '../pole/index.ts';
