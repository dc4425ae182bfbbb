import type { FastifyInstance, FastifyReply } from 'fastify';
import { londonDay } from '../../platform/calendar.ts';
import { toStorableText, unsafeTextFields } from '../../platform/http/safe-text.ts';
import { hiddenInfoWords, maxPhotosPerReport, type HiddenInfo, type PageId } from '../reports/index.ts';
import {
  checkCsrf,
  currentSession,
  errorView,
  redirect,
  rememberLocale,
  renderJourney,
  setSessionCookie,
  type JourneyContext,
} from './journey-context.ts';
import type { JourneySession } from './journey-session.ts';
import { emergencyContacts } from './emergency-contacts.ts';
import {
  firedDangerTriggers,
  firstUnanswered,
  immediateDangerTriggers,
  mayVisit,
  newDangerTriggers,
  nextDestination,
  previousPage,
  reportJourney,
} from './journey.ts';
import { pageDefinitions } from './pages/index.ts';
import type { FieldError, FormValues, PageContext } from './pages/page.ts';
import { addPhotos, readPostedForm, tooManyPhotosError } from './photo-upload.ts';

const unsafeAnswerMessage = 'Your answer has a character in it that cannot be saved. Remove it and try again';

function storableValues(values: Record<string, string | string[]>): FormValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      toStorableText(name),
      Array.isArray(value) ? value.map(toStorableText) : toStorableText(value),
    ]),
  );
}

// The question pages. GET shows a page with the saved answers; POST validates, and either
// re-shows the page with status 400, the GOV.UK error summary and what was typed, or saves
// the answers and redirects (Post/Redirect/Get) to the next page the journey data names.
export function registerJourneyRoutes(app: FastifyInstance, context: JourneyContext): void {
  const { prefix } = context;
  const pageUrl = (page: PageId | 'check') => `${prefix}/${page}`;

  app.get('/', async (_request, reply) => renderJourney(reply, context, 'start.njk', {}));

  app.get('/session-ended', async (_request, reply) => renderJourney(reply, context, 'session-ended.njk', {}));

  // Starting (or resuming) is a POST, so no cookie is ever set by simply visiting a page.
  app.post('/start', async (request, reply) => {
    const existing = await currentSession(request, context);
    if (existing?.state.draft) return redirect(reply, pageUrl(firstUnanswered(existing.state.draft)));
    if (await context.limiters.startsPerMinute(request)) {
      return renderJourney(reply, context, 'busy.njk', { reason: 'start' }, 429);
    }
    const owner = context.authorise?.(request).userId ?? null;
    if (existing) {
      existing.state.draft = { answers: {}, completed: [] };
      await context.sessions.save(existing);
    } else {
      const { token, session } = await context.sessions.start(context.channel, owner);
      session.state.draft = { answers: {}, completed: [] };
      rememberLocale(request, session);
      await context.sessions.save(session);
      setSessionCookie(reply, context, token);
    }
    return redirect(reply, pageUrl('about'));
  });

  for (const { page } of reportJourney) {
    app.get(`/${page}`, async (request, reply) => {
      const session = await currentSession(request, context);
      const draft = session?.state.draft;
      if (!session || !draft) return redirect(reply, `${prefix}/session-ended`);
      if (!mayVisit(page, draft)) return redirect(reply, pageUrl(firstUnanswered(draft)));
      const changing = (request.query as Record<string, unknown>).change === '1';
      const values = pageDefinitions[page].toValues(draft.answers[page] as never);
      return showPage(reply, session, page, values, [], changing, 200);
    });

    // This route checks its own text, so a refused character is an error on its field.
    app.post(`/${page}`, { config: { checksOwnText: true } }, async (request, reply) => {
      if (await context.limiters.pageSavesPerMinute(request)) {
        return renderJourney(reply, context, 'busy.njk', { reason: 'save' }, 429);
      }
      const posted = await readPostedForm(request);
      const session = await currentSession(request, context);
      const draft = session?.state.draft;
      if (!session || !draft) return redirect(reply, `${prefix}/session-ended`);
      if ('tooManyFiles' in posted) {
        return showPage(reply, session, page, {}, [tooManyPhotosError()], false, 400);
      }
      const { values, files } = posted;
      checkCsrf(session, values);
      if (!mayVisit(page, draft)) return redirect(reply, pageUrl(firstUnanswered(draft)));
      const changing = values.change === '1';
      const unsafe = unsafeTextFields(values);
      if (unsafe.length > 0) {
        const errors = unsafe.map((field) => ({ field, message: unsafeAnswerMessage }));
        return showPage(reply, session, page, storableValues(values), errors, changing, 400);
      }
      const definition = pageDefinitions[page];
      const removing = typeof values.removePhoto === 'string' ? values.removePhoto : undefined;

      if (definition.multipart === true && removing !== undefined) {
        await context.sessions.removePhoto(session, removing);
        return redirect(reply, `${pageUrl(page)}${changing ? '?change=1' : ''}#photos`);
      }
      if (files.length > 0 && (await context.limiters.uploadsPerMinute(request))) {
        return renderJourney(reply, context, 'busy.njk', { reason: 'upload' }, 429);
      }
      const photoError = definition.multipart === true ? await addPhotos(context.sessions, session, files) : undefined;
      const parsed = definition.parse(values, pageContext(draft.answers));
      if (!parsed.ok || photoError) {
        const errors = [...(parsed.ok ? [] : parsed.errors), ...(photoError ? [photoError] : [])];
        const extra = parsed.ok ? {} : (parsed.view ?? {});
        const shown = parsed.ok ? values : (parsed.values ?? values);
        return showPage(reply, session, page, shown, errors, changing, errors.length > 0 ? 400 : 200, extra);
      }
      draft.answers = { ...draft.answers, [page]: parsed.state };
      draft.completed = [...draft.completed.filter((done) => done !== page), page];
      // A trigger whose answer was taken back may be shown again if it is given again.
      const firing = firedDangerTriggers(draft.answers).map((trigger) => trigger.id);
      draft.dangerSeen = (draft.dangerSeen ?? []).filter((id) => firing.includes(id));
      if (newDangerTriggers(page, draft).length > 0) {
        draft.dangerStop = { page, changing };
        await context.sessions.save(session);
        return redirect(reply, `${prefix}/danger`);
      }
      delete draft.dangerStop;
      await context.sessions.save(session);
      if (definition.multipart === true && values.action === 'upload') {
        return redirect(reply, `${pageUrl(page)}${changing ? '?change=1' : ''}#photos`);
      }
      return redirect(reply, pageUrl(nextDestination(page, draft, changing)));
    });
  }

  // Someone is in danger now: the "call 999" page, between the answer that said so and the next
  // question. The draft is kept; "Continue with your report" carries on where they were.
  app.get('/danger', async (request, reply) => {
    const session = await currentSession(request, context);
    const draft = session?.state.draft;
    if (!session || !draft) return redirect(reply, `${prefix}/session-ended`);
    const stop = draft.dangerStop;
    if (!stop) return redirect(reply, pageUrl(firstUnanswered(draft)));
    const fired = firedDangerTriggers(draft.answers).filter((trigger) => trigger.page === stop.page);
    return renderJourney(reply, context, 'danger.njk', {
      csrfToken: session.state.csrf,
      childAtRisk: fired.some((trigger) => trigger.childAtRisk),
      dangers: fired.map((trigger) => trigger.describe),
      contacts: emergencyContacts,
      backLink: `${pageUrl(stop.page)}${stop.changing ? '?change=1' : ''}`,
    });
  });

  app.post('/danger', async (request, reply) => {
    const session = await currentSession(request, context);
    const draft = session?.state.draft;
    if (!session || !draft) return redirect(reply, `${prefix}/session-ended`);
    checkCsrf(session, (request.body ?? {}) as Record<string, unknown>);
    const stop = draft.dangerStop;
    if (!stop) return redirect(reply, pageUrl(firstUnanswered(draft)));
    const shown = immediateDangerTriggers
      .filter((trigger) => trigger.page === stop.page && trigger.applies(draft.answers))
      .map((trigger) => trigger.id);
    draft.dangerSeen = [...new Set([...(draft.dangerSeen ?? []), ...shown])];
    delete draft.dangerStop;
    await context.sessions.save(session);
    return redirect(reply, pageUrl(nextDestination(stop.page, draft, stop.changing)));
  });

  function pageContext(answers: PageContext['answers']): PageContext {
    return { answers, today: londonDay(context.clock.now()), streets: context.streets, channel: context.channel };
  }

  async function showPage(
    reply: FastifyReply,
    session: JourneySession,
    page: PageId,
    values: FormValues,
    errors: readonly FieldError[],
    changing: boolean,
    status: number,
    extra: Readonly<Record<string, unknown>> = {},
  ): Promise<FastifyReply> {
    const draft = session.state.draft ?? { answers: {}, completed: [] };
    const definition = pageDefinitions[page];
    const previous = previousPage(page, draft.answers);
    const photos = definition.multipart === true ? await context.sessions.photoSlots(session) : [];
    return renderJourney(
      reply,
      context,
      definition.template,
      {
        page: { id: page, title: definition.title },
        formAction: pageUrl(page),
        multipart: definition.multipart === true,
        csrfToken: session.state.csrf,
        changing,
        backLink: changing ? pageUrl('check') : previous === undefined ? prefix : pageUrl(previous),
        values,
        photos: photos.map((photo, index) => ({
          id: photo.id,
          name: `Photo ${String(index + 1)}`,
          removed: photo.removed.flatMap((code) =>
            Object.hasOwn(hiddenInfoWords, code) ? [hiddenInfoWords[code as HiddenInfo]] : [],
          ),
        })),
        maxPhotos: maxPhotosPerReport,
        ...definition.view?.(values, pageContext(draft.answers)),
        ...extra,
        ...errorView(errors),
      },
      status,
    );
  }
}
