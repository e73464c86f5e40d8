// Three-role grid management (三员网格化): grids as GeoJSON features and their information items.
import * as z from 'zod/mini';
import { Id, IsoDateTime, LocalizedText } from './common.js';
import { vocabularyCode } from './vocabulary.js';

/** [longitude, latitude] in WGS 84 degrees. */
export const Position = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);
export type Position = z.infer<typeof Position>;

/** A closed ring: at least four positions, the last equal to the first. */
const LinearRing = z.array(Position).check(z.minLength(4));

export const Polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing).check(z.minLength(1)) });
export const MultiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRing).check(z.minLength(1))).check(z.minLength(1)),
});
export const GridGeometry = z.discriminatedUnion('type', [Polygon, MultiPolygon]);
export type GridGeometry = z.infer<typeof GridGeometry>;

/** A person holding one of a grid's three posts (定岗、定员、定责). */
export const GridPerson = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  phone: z.optional(z.string().check(z.maxLength(40))),
});
export type GridPerson = z.infer<typeof GridPerson>;

export const GridRoles = z.object({
  /** 专卖管理员 */
  inspector: GridPerson,
  /** 客户经理 */
  customerManager: GridPerson,
  /** 送货员 / 配送员 */
  delivery: GridPerson,
});
export type GridRoles = z.infer<typeof GridRoles>;

/** The figures a grid map can colour by. */
export const GridMetric = z.enum(['retailers', 'openItems', 'overdueItems', 'avgResponseHours', 'inspections']);
export type GridMetric = z.infer<typeof GridMetric>;

/**
 * A grid's figures. Every field is optional: a backend answering `?metric=`
 * may include just that one (the reference server always sends all five).
 */
export const GridFigures = z.object({
  retailers: z.optional(z.int().check(z.gte(0))),
  openItems: z.optional(z.int().check(z.gte(0))),
  overdueItems: z.optional(z.int().check(z.gte(0))),
  /** Mean hours from collected to responded; null when no item was responded to. */
  avgResponseHours: z.optional(z.nullable(z.number().check(z.gte(0)))),
  inspections: z.optional(z.int().check(z.gte(0))),
});
export type GridFigures = z.infer<typeof GridFigures>;

export const GridProperties = z.object({
  id: Id,
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  name: LocalizedText,
  /** 城区 urban or 农村 rural. */
  area: z.enum(['urban', 'rural']),
  roles: GridRoles,
  /** The grid's self-discipline mutual-aid group (自律互助小组), if any. */
  group: z.nullable(LocalizedText),
  figures: GridFigures,
});
export type GridProperties = z.infer<typeof GridProperties>;

export const Grid = z.object({
  type: z.literal('Feature'),
  id: Id,
  geometry: GridGeometry,
  properties: GridProperties,
});
export type Grid = z.infer<typeof Grid>;

export const GridCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(Grid),
});
export type GridCollection = z.infer<typeof GridCollection>;

/** The five stages information moves through, in order. */
export const GridItemStage = z.enum(['collected', 'routed', 'responded', 'handled', 'fedBack']);
export type GridItemStage = z.infer<typeof GridItemStage>;
export const GRID_ITEM_STAGES = GridItemStage.options;

/**
 * What an item is about: any well-formed code. The seed's kinds (`KNOWN_GRID_ITEM_KINDS`: illegal
 * sale, counterfeit suspicion, price breach, licence, safety hazard, service request) have labels in
 * the SDK; a bureau's own kinds are named by the plan's `vocabulary.itemKinds`.
 */
export const GridItemKind = vocabularyCode();
export type GridItemKind = z.infer<typeof GridItemKind>;

/** When each stage was reached; a stage not reached yet is absent. */
export const GridItemStageTimes = z.object({
  collected: IsoDateTime,
  routed: z.optional(IsoDateTime),
  responded: z.optional(IsoDateTime),
  handled: z.optional(IsoDateTime),
  fedBack: z.optional(IsoDateTime),
});
export type GridItemStageTimes = z.infer<typeof GridItemStageTimes>;

export const GridItem = z.object({
  id: Id,
  gridId: Id,
  kind: GridItemKind,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  stage: GridItemStage,
  times: GridItemStageTimes,
  retailerId: z.nullable(Id),
  version: z.int().check(z.gte(1)),
});
export type GridItem = z.infer<typeof GridItem>;

/** Body of `POST /grids/{gridId}/items`. */
export const GridItemInput = z.strictObject({
  kind: GridItemKind,
  title: GridItem.shape.title,
  retailerId: z.optional(z.nullable(Id)),
  collectedAt: z.optional(IsoDateTime),
});
export type GridItemInput = z.infer<typeof GridItemInput>;

/** Body of `PATCH /items/{itemId}`: advance to a later stage. */
export const GridItemPatch = z.strictObject({ stage: GridItemStage, at: z.optional(IsoDateTime) });
export type GridItemPatch = z.infer<typeof GridItemPatch>;

const Hours = z.number().check(z.gt(0));

/**
 * Time limits in hours for reaching each stage from the previous one
 * (`routed` is the limit from collected to routed, and so on).
 */
export const GridStageHours = z.object({ routed: Hours, responded: Hours, handled: Hours, fedBack: Hours });
export type GridStageHours = z.infer<typeof GridStageHours>;

/**
 * The stage time limits: hours for every kind of item, and `byKind` overrides for some kinds
 * (a safety hazard answered within 2 hours, a service request handled within a week). An override
 * names only the stages it changes. The pipeline's stage order is the same for every kind.
 */
export const GridStageLimits = z.object({
  routed: Hours,
  responded: Hours,
  handled: Hours,
  fedBack: Hours,
  /** Per item kind (code → the stages it changes). A catch-all object, not `z.record`, to keep bundles small. */
  byKind: z.optional(
    z.catchall(
      z.object({}),
      z.object({
        routed: z.optional(Hours),
        responded: z.optional(Hours),
        handled: z.optional(Hours),
        fedBack: z.optional(Hours),
      }),
    ),
  ),
});
export type GridStageLimits = z.infer<typeof GridStageLimits>;
