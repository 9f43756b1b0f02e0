/**
 * Plumbing shared by the fake Excel proxies: the request queue of one context, the error type
 * Office.js throws, and "loadable" objects whose properties can only be read after
 * `load()` + `context.sync()`.
 */

/** Mirrors `OfficeExtension.Error`: a `code` such as "ItemNotFound" and a message. */
export class FakeOfficeError extends Error {
  constructor(
    public readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface QueuedOp {
  readonly bytes: number;
  readonly run: () => void;
}

/** What every proxy of one request context shares. */
export interface Batch {
  /** Queue an operation that runs at the next sync, in order; `what` goes to the log. */
  queue(what: string, payload: unknown, run: () => void): void;
}

/**
 * A proxy whose scalar properties are readable only once loaded and synced, like Office.js
 * (which throws "PropertyNotLoaded").
 */
export abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly batch: Batch) {}

  /** Accepts "a,b", ["a", "b"] or "items/name" as Office.js does (the part we use). */
  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    this.batch.queue(`load(${list.join(",")})`, list, () => {
      for (const p of list) this.loaded.set(p, this.snapshot(p));
    });
    return this;
  }

  /** Reads a loaded property; throws like Office.js when it was not loaded and synced. */
  protected loadedValue<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new Error(
        `PropertyNotLoaded: the property '${prop}' is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  protected markLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  /** The current value of a loadable property, at the time the queued load runs. */
  protected abstract snapshot(prop: string): unknown;
}

/**
 * What a nested write-only object offers: `"set"` a property that can be assigned, `"call"` a
 * method whose call is recorded, an object literal a nested object, `{ returns }` a method
 * returning a nested object (`borders.getItem("EdgeTop")`).
 */
export type Spec = "set" | "call" | { readonly returns: Spec } | { readonly [key: string]: Spec };

/**
 * A write-only proxy for nested settings (`format.font.bold`, `pageLayout.zoom`,
 * `borders.getItem("EdgeTop").style` …). Only what `spec` declares exists: a typo in the
 * adapter throws here instead of silently doing nothing (what real Office.js would do).
 * `onSet(path, value)` runs at sync time, in queue order.
 */
export function recorder(
  batch: Batch,
  path: string,
  spec: Spec,
  onSet: (path: string, value: unknown) => void,
): Record<string, unknown> {
  const make = (p: string, node: Spec): Record<string, unknown> =>
    new Proxy({} as Record<string, unknown>, {
      get(_t, prop) {
        if (typeof prop !== "string" || prop === "then") return undefined;
        const child = typeof node === "object" ? (node as Record<string, Spec>)[prop] : undefined;
        const next = `${p}.${prop}`;
        if (child === undefined || typeof node !== "object" || "returns" in node) {
          throw new TypeError(`fake Excel: no property ${next}`);
        }
        if (child === "call") {
          return (...args: unknown[]) => batch.queue(`${next}()`, args, () => onSet(`${next}()`, args));
        }
        if (typeof child === "object" && "returns" in child) {
          return (...args: unknown[]) =>
            make(`${next}(${args.map((a) => String(a)).join(",")})`, child.returns as Spec);
        }
        if (child === "set") throw new TypeError(`fake Excel: ${next} is write-only here (load it to read)`);
        return make(next, child);
      },
      set(_t, prop, value) {
        const next = `${p}.${String(prop)}`;
        const child = typeof node === "object" ? (node as Record<string, Spec>)[String(prop)] : undefined;
        if (child !== "set") throw new TypeError(`fake Excel: cannot set ${next}`);
        batch.queue(`set ${next}`, value, () => onSet(next, value));
        return true;
      },
    });
  return make(path, spec);
}
