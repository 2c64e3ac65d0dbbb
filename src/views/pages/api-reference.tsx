import type { OpenAPIV3_1 } from 'openapi-types';
import type { PageContext } from '../context.js';
import { Fragment, h } from '../jsx.js';
import { Layout, page } from '../layout.js';

// The API's reference, read from its own OpenAPI document, so it cannot drift from the routes.
// Server-rendered, readable without JavaScript and at any width.

type Schema = OpenAPIV3_1.SchemaObject | OpenAPIV3_1.ReferenceObject;

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if ('$ref' in schema) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s as Schema)).join(' or ');
  if (schema.type === 'array') return `list of ${typeOf(schema.items as Schema)}`;
  const t = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'object');
  return t;
}

function Parameters(props: { params: OpenAPIV3_1.ParameterObject[] }) {
  if (props.params.length === 0) return null;
  return (
    <>
      <h4>Parameters</h4>
      <dl class="api-fields">
        {props.params.map((param) => (
          <>
            <dt>
              <code>{param.name}</code> <span class="muted">({param.in})</span>
              {param.required ? ' required' : ''}
            </dt>
            <dd>
              {typeOf(param.schema as Schema)}
              {param.description ? `: ${param.description}` : ''}
            </dd>
          </>
        ))}
      </dl>
    </>
  );
}

function Operation(props: { path: string; op: OpenAPIV3_1.OperationObject }) {
  const { op } = props;
  const responses = Object.entries(op.responses ?? {});
  return (
    <section class="api-operation" id={`${props.path.replace(/[^a-z0-9]+/gi, '-')}`}>
      <h3>
        <code>GET {props.path}</code>
      </h3>
      {op.summary ? <p>{op.summary}.</p> : null}
      {op.description ? <p class="muted">{op.description}</p> : null}
      <Parameters params={(op.parameters ?? []) as OpenAPIV3_1.ParameterObject[]} />
      <h4>Answers</h4>
      <dl class="api-fields">
        {responses.map(([status, r]) => {
          const content = (r as OpenAPIV3_1.ResponseObject).content;
          const schema = content?.['application/json']?.schema as Schema | undefined;
          return (
            <>
              <dt>{status}</dt>
              <dd>{typeOf(schema)}</dd>
            </>
          );
        })}
      </dl>
    </section>
  );
}

function SchemaBlock(props: { name: string; schema: OpenAPIV3_1.SchemaObject }) {
  const fields = Object.entries(props.schema.properties ?? {});
  return (
    <section class="api-schema" id={`schema-${props.name}`}>
      <h3>{props.name}</h3>
      {props.schema.description ? <p>{props.schema.description}</p> : null}
      <dl class="api-fields">
        {fields.map(([name, s]) => (
          <>
            <dt>
              <code>{name}</code>
            </dt>
            <dd>
              {typeOf(s as Schema)}
              {'description' in s && s.description ? `: ${s.description}` : ''}
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

export function apiReferencePage(doc: OpenAPIV3_1.Document, ctx: PageContext): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    item?.get ? [{ path, op: item.get }] : [],
  );
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return page(
    <Layout
      ctx={ctx}
      title="Read API"
      description="Remedex's read API: remedies, conditions, reports and their numbers as JSON, described by OpenAPI 3.1."
      canonical="/api/v1/"
    >
      <article class="api-reference">
        <h1>Read API, version 1</h1>
        <p>{doc.info.description}</p>
        <ul>
          <li>
            The machine-readable description: <a href="/api/v1/openapi.json">openapi.json</a>{' '}
            (OpenAPI {doc.openapi}).
          </li>
          <li>
            Everything is <code>GET</code>, open to other sites (CORS), with an <code>ETag</code>{' '}
            for conditional requests. Errors are problem details (RFC 9457).
          </li>
          <li>
            Numbers always say how many reports they rest on, and are withheld below the site's
            minimum. Emails, private places and posts waiting for moderation are never included.
          </li>
        </ul>
        <h2>Operations</h2>
        {operations.map((o) => (
          <Operation path={o.path} op={o.op} />
        ))}
        <h2>Schemas</h2>
        {schemas.map(([name, schema]) => (
          <SchemaBlock name={name} schema={schema} />
        ))}
      </article>
    </Layout>,
  );
}
