/**
 * What can still be used of a file that fails its schema. The checker keeps going after a schema
 * error so that the same run also reports the file's unknown references, figures and body problems;
 * it can only do so with the fields that are valid. Each top-level field is validated on its own,
 * and of a list only the items that pass are kept, each at its own index (a sparse array), so that
 * later messages still point at `keyFigures[2]` and not at a shifted neighbour.
 *
 * Rules must therefore treat a salvaged entry's required fields as possibly missing.
 */
import type { z } from 'astro/zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The item schema of a (possibly defaulted, optional or piped) list schema. */
function elementOf(schema: z.ZodType): z.ZodType | undefined {
	for (let at: z.ZodType | undefined = schema; at; ) {
		const def = defOf(at);
		if (def.type === 'array') return def.element;
		at = def.type === 'default' || def.type === 'optional' ? def.innerType : def.type === 'pipe' ? def.in : undefined;
	}
	return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The valid part of `raw` under an object schema, typed as the full output (see above). */
export function salvage<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
	const shape = defOf(schema).shape ?? {};
	const input = isRecord(raw) ? raw : {};
	const out: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(shape)) {
		const whole = field.safeParse(input[key]);
		if (whole.success) {
			out[key] = whole.data;
			continue;
		}
		const element = elementOf(field);
		const items = input[key];
		if (element && Array.isArray(items)) {
			const kept: unknown[] = new Array(items.length);
			items.forEach((item, i) => {
				const parsed = element.safeParse(item);
				if (parsed.success) kept[i] = parsed.data;
			});
			out[key] = kept;
		} else if (element) {
			out[key] = [];
		}
	}
	return out as z.infer<S>;
}
