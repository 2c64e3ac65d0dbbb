// Checks answers against the app's own OpenAPI document with a JSON Schema 2020-12 validator, as a
// client generated from the document would read them.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenAPIV3_1 } from 'openapi-types';

export class OpenApiChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly doc: OpenAPIV3_1.Document) {
    addFormats.default(this.ajv);
  }

  /** The documented path template an address falls under ("/api/v1/reports/{id}"). */
  templateOf(path: string): string {
    const templates = Object.keys(this.doc.paths ?? {});
    const found = templates.find((t) =>
      new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
    );
    if (!found) throw new Error(`${path} is not in the OpenAPI document`);
    return found;
  }

  /** The errors of an answer against the document (empty when it conforms). */
  check(url: string, status: number, contentType: string, body: unknown): string[] {
    const path = url.split('?')[0]!;
    const op = this.doc.paths?.[this.templateOf(path)]?.get;
    const response = op?.responses?.[String(status)] as OpenAPIV3_1.ResponseObject | undefined;
    if (!response) return [`${url}: status ${status} is not documented`];
    const media = response.content?.['application/json'];
    if (!media?.schema) return [`${url}: ${status} has no documented body`];
    if (!/^application\/(?:problem\+)?json/.test(contentType))
      return [`${url}: content type ${contentType}`];
    const key = `${this.templateOf(path)} ${status}`;
    // The document's components travel with each schema, so its "#/components/…" refs resolve.
    const validate =
      this.compiled.get(key) ??
      this.ajv.compile({ ...media.schema, components: this.doc.components });
    this.compiled.set(key, validate);
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${url}: ${e.instancePath} ${e.message ?? ''}`);
  }
}
