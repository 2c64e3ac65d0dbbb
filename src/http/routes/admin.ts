import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  createConditionAsEditor,
  listConditionsForEditors,
  mergeConditions,
  renameCondition,
  diffRevisions,
  type EditorData,
  editorData,
  listRemediesForEditors,
  remedyHistory,
  saveRemedy,
  draftChanges,
  draftFromForm,
} from '../../domain/editorial/index.js';
import { requireEditor } from '../../domain/accounts/index.js';
import { transaction, InvalidInput } from '../../domain/common/index.js';
import type { FormState } from '../../views/components/form.js';
import { adminConditionsPage } from '../../views/pages/admin-conditions.js';
import { adminRemediesPage } from '../../views/pages/admin-remedies.js';
import { diffPage, historyPage } from '../../views/pages/revisions.js';
import { remedyEditorPage } from '../../views/pages/remedy-editor.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { formValues, orFormError } from '../forms.js';
import { parseId, parseSlug } from '../params.js';
import { setNotice } from '../session.js';

type SlugParams = { Params: { slug: string } };
const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

type Guarded = { preHandler: FastifyInstance['csrfProtection'][] };

/** The remedy editor: the list, new and edit forms, saving, history and diffs. */
function remedyEditorRoutes(scope: FastifyInstance, deps: RouteDeps, guarded: Guarded): void {
  const { store, now } = deps;
  scope.get('/remedies', async (request, reply) =>
    html(
      reply,
      adminRemediesPage(
        await listRemediesForEditors(store, request.viewer),
        await pageContext(request, reply),
      ),
    ),
  );

  async function editor(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string | null,
    state: FormState,
    preview = false,
    status = 200,
  ) {
    const data = await editorData(store, request.viewer, slug);
    const previewProps = preview ? previewOf(body(request), data) : null;
    return html(
      reply,
      remedyEditorPage(
        { data, state, preview: previewProps },
        await pageContext(request, reply, true),
      ),
      status,
    );
  }

  async function submit(request: FastifyRequest, reply: FastifyReply, slug: string | null) {
    const state: FormState = { values: formValues(request), errors: {} };
    if (body(request).intent === 'preview') {
      const result = await orFormError(() => editor(request, reply, slug, state, true));
      if (result instanceof InvalidInput)
        return editor(request, reply, slug, { ...state, errors: result.fields }, false, 422);
      return result;
    }
    const saved = await orFormError(() =>
      transaction(store, (trx) => saveRemedy(trx, request.viewer, slug, body(request), now())),
    );
    if (saved instanceof InvalidInput)
      return editor(request, reply, slug, { ...state, errors: saved.fields }, false, 422);
    setNotice(reply, 'saved');
    return reply.redirect(`/admin/remedies/${saved}/edit`, 303);
  }

  scope.get('/remedies/new', (request, reply) =>
    editor(request, reply, null, { values: {}, errors: {} }),
  );
  scope.post('/remedies', guarded, (request, reply) => submit(request, reply, null));
  scope.get<SlugParams>('/remedies/:slug/edit', (request, reply) =>
    editor(request, reply, parseSlug(request.params.slug, 'REMEDY_NOT_FOUND'), {
      values: {},
      errors: {},
    }),
  );
  scope.post<SlugParams>('/remedies/:slug', guarded, (request, reply) =>
    submit(request, reply, parseSlug(request.params.slug, 'REMEDY_NOT_FOUND')),
  );
  revisionRoutes(scope, deps);
}

/** A remedy's history and the diff between two of its revisions. */
function revisionRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  scope.get<SlugParams>('/remedies/:slug/history', async (request, reply) =>
    html(
      reply,
      historyPage(
        await remedyHistory(
          store,
          request.viewer,
          parseSlug(request.params.slug, 'REMEDY_NOT_FOUND'),
        ),
        await pageContext(request, reply),
      ),
    ),
  );
  scope.get<SlugParams & { Querystring: { from?: string; to?: string } }>(
    '/remedies/:slug/diff',
    async (request, reply) => {
      const from = parseId(String(request.query.from ?? ''), 'PAGE_NOT_FOUND');
      const to = parseId(String(request.query.to ?? ''), 'PAGE_NOT_FOUND');
      const diff = await diffRevisions(
        store,
        request.viewer,
        parseSlug(request.params.slug, 'REMEDY_NOT_FOUND'),
        from,
        to,
      );
      return html(reply, diffPage(diff, await pageContext(request, reply)));
    },
  );
}

/** What the editor's preview shows: the draft as its page would read. */
function previewOf(form: Record<string, unknown>, data: EditorData) {
  const { conditions } = data;
  const { draft } = draftFromForm(form, conditions);
  return {
    // What the preview would change, marked section by section (nothing for a new remedy).
    changes: data.remedy.id === null ? [] : draftChanges(data.remedy, draft),
    name: draft.name,
    article: draft.article,
    citations: draft.citations.map((c, i) => ({ id: i + 1, ...c })),
    uses: draft.uses.map((u) => ({
      condition: conditions.find((c) => c.slug === u.condition) as EditorData['conditions'][number],
      evidenceLevel: u.evidenceLevel,
      note: u.note,
      citations: draft.citations
        .filter((c) => u.citations.includes(c.key))
        .map((c, i) => ({ id: i + 1, ...c })),
    })),
  };
}

/** Conditions as editors keep them: create, rename, merge. */
function conditionRoutes(scope: FastifyInstance, deps: RouteDeps, guarded: Guarded): void {
  const { store, now } = deps;
  async function conditions(
    request: FastifyRequest,
    reply: FastifyReply,
    state: FormState,
    status = 200,
  ) {
    return html(
      reply,
      adminConditionsPage(
        await listConditionsForEditors(store, request.viewer),
        state,
        await pageContext(request, reply, true),
      ),
      status,
    );
  }
  async function conditionAction(
    request: FastifyRequest,
    reply: FastifyReply,
    notice: 'condition-saved' | 'condition-added' | 'conditions-merged',
    work: () => Promise<string>,
  ) {
    const result = await orFormError(work);
    if (result instanceof InvalidInput)
      return conditions(
        request,
        reply,
        { values: formValues(request), errors: result.fields },
        422,
      );
    setNotice(reply, notice);
    const id = (request.params as { id?: string }).id;
    return reply.redirect(
      notice === 'condition-saved' && id
        ? `/admin/conditions#condition-${id}`
        : '/admin/conditions',
      303,
    );
  }
  scope.get('/conditions', (request, reply) =>
    conditions(request, reply, { values: {}, errors: {} }),
  );
  scope.post('/conditions', guarded, (request, reply) =>
    conditionAction(request, reply, 'condition-added', () =>
      transaction(store, (trx) =>
        createConditionAsEditor(trx, request.viewer, request.body, now()),
      ),
    ),
  );
  // "rename" is the form's old address; the form now edits the description too.
  for (const path of ['/conditions/:id/edit', '/conditions/:id/rename'])
    scope.post<{ Params: { id: string } }>(path, guarded, (request, reply) =>
      conditionAction(request, reply, 'condition-saved', () =>
        transaction(store, (trx) =>
          renameCondition(
            trx,
            request.viewer,
            parseId(request.params.id, 'CONDITION_NOT_FOUND'),
            request.body,
            now(),
          ),
        ),
      ),
    );
  scope.post<{ Params: { id: string } }>('/conditions/:id/merge', guarded, (request, reply) =>
    conditionAction(request, reply, 'conditions-merged', () =>
      transaction(store, (trx) =>
        mergeConditions(
          trx,
          request.viewer,
          parseId(request.params.id, 'CONDITION_NOT_FOUND'),
          request.body,
          now(),
        ),
      ),
    ),
  );
}

/** Editors' pages: every /admin route sits in this scope, behind its one guard. */
export function registerAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        if (!request.viewer && request.method === 'GET')
          return reply.redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
        requireEditor(request.viewer);
        reply.header('cache-control', 'private, no-store');
      });
      const guarded = { preHandler: [scope.csrfProtection] };

      remedyEditorRoutes(scope, deps, guarded);
      conditionRoutes(scope, deps, guarded);
    },
    { prefix: '/admin' },
  );
}
