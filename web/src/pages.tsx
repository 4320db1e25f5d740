// The four pages: story list, story, article, entity.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getJson, query, type ArticleDetail, type EntityDetail, type Figure, type SearchHit, type StoryDetail, type StoryListing } from './api.js';
import { FigureChart } from './charts.js';
import { FIGURE_LABELS, formatDate, formatNumber, formatRange, languageName, paths } from './format.js';
import { HighlightedText, type Mark } from './highlighted-text.js';
import { PlaceMap } from './place-map.js';
import { Link, navigate } from './router.js';

function useJson<T>(path: string | null): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState({ data: null, error: null });
    getJson<T>(path, controller.signal).then(
      (data) => setState({ data, error: null }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error: error.message });
      },
    );
    return () => controller.abort();
  }, [path]);
  return state;
}

const Loading = ({ error }: { error: string | null }) => (error ? <p role="alert" class="error">{error}</p> : <p class="muted" aria-live="polite">Loading…</p>);

function KeyFigures(props: { figures: Record<string, number> }): JSX.Element | null {
  const entries = Object.entries(props.figures);
  if (entries.length === 0) return null;
  return (
    <ul class="key-figures" aria-label="Key figures">
      {entries.map(([kind, value]) => (
        <li key={kind}>
          <strong>{formatNumber(value)}</strong> {FIGURE_LABELS[kind] ?? kind}
        </li>
      ))}
    </ul>
  );
}

// ---- story list
export function StoryListPage(props: { url: URL }): JSX.Element {
  const params = props.url.searchParams;
  const filters = { q: params.get('q') ?? undefined, lang: params.get('lang') ?? undefined, outlet: params.get('outlet') ?? undefined, since: params.get('since') ?? undefined, until: params.get('until') ?? undefined, entity: params.get('entity') ?? undefined };
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [stories, setStories] = useState<StoryListing[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const filterKey = query(filters);

  useEffect(() => {
    setCursor(undefined);
    setStories([]);
  }, [filterKey]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    getJson<{ stories: StoryListing[]; next: string | null }>(`/api/stories${query({ ...filters, cursor })}`, controller.signal).then(
      (page) => {
        setStories((old) => (cursor ? [...old, ...page.stories] : page.stories));
        setNext(page.next);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        if (e.name !== 'AbortError') {
          setError(e.message);
          setLoading(false);
        }
      },
    );
    return () => controller.abort();
  }, [filterKey, cursor]);

  // Live updates: new or updated stories move to the top (only on the unfiltered first view).
  useEffect(() => {
    if (filterKey !== '' || typeof EventSource === 'undefined') return;
    const events = new EventSource('/api/events');
    events.addEventListener('story', (message) => {
      const { story } = JSON.parse((message as MessageEvent<string>).data) as { story: StoryListing };
      setStories((old) => [story, ...old.filter((s) => s.id !== story.id)].sort((a, b) => b.activity.localeCompare(a.activity)));
      setFresh((old) => new Set(old).add(story.id));
    });
    return () => events.close();
  }, [filterKey]);

  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filterKey]);
  const submit = (event: Event) => {
    event.preventDefault();
    navigate(`/${query(draft)}`);
  };
  const field = (name: keyof typeof draft) => ({
    name,
    value: draft[name] ?? '',
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.target as HTMLInputElement).value || undefined }),
  });

  return (
    <>
      <h1>Stories</h1>
      <form class="filters" role="search" onSubmit={submit}>
        <label class="search-box">
          <span>Search</span>
          <input type="search" placeholder="words in any Nordic language" {...field('q')} />
        </label>
        <label>
          <span>Language</span>
          <select {...field('lang')} onChange={(e) => setDraft({ ...draft, lang: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">any</option>
            {['da', 'nb', 'nn', 'sv', 'en'].map((code) => (
              <option value={code} key={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Outlet</span>
          <input type="text" {...field('outlet')} />
        </label>
        <label>
          <span>Since</span>
          <input type="date" {...field('since')} />
        </label>
        <label>
          <span>Until</span>
          <input type="date" {...field('until')} />
        </label>
        <button type="submit">Apply</button>
        {filterKey && (
          <Link href="/" class="button-link">
            Clear
          </Link>
        )}
      </form>
      {filters.q && <SearchHits q={filters.q} />}
      {error && <p role="alert" class="error">{error}</p>}
      <ol class="story-list" aria-label="Stories by latest activity">
        {stories.map((story) => (
          <li key={story.id} class={fresh.has(story.id) ? 'story-card fresh' : 'story-card'}>
            <h2>
              <Link href={paths.story(story.id)}>{story.title ?? story.id}</Link>
            </h2>
            <p class="meta">
              {story.articleCount} article{story.articleCount === 1 ? '' : 's'} · {story.languages.map(languageName).join(', ')}
              {story.outlets.length > 0 && <> · {story.outlets.join(', ')}</>} · updated <time dateTime={story.activity}>{formatDate(story.activity, true)}</time>
            </p>
            <KeyFigures figures={story.keyFigures} />
          </li>
        ))}
      </ol>
      {!loading && stories.length === 0 && !error && <p class="muted">No stories match.</p>}
      {loading && <p class="muted">Loading…</p>}
      {next && !loading && (
        <button type="button" onClick={() => setCursor(next)}>
          More stories
        </button>
      )}
    </>
  );
}

function SearchHits(props: { q: string }): JSX.Element {
  const { data, error } = useJson<{ hits: SearchHit[] }>(`/api/search${query({ q: props.q, limit: '10' })}`);
  if (!data) return <Loading error={error} />;
  return (
    <section class="search-hits" aria-label="Matching articles">
      <h2>Articles matching “{props.q}”</h2>
      {data.hits.length === 0 && <p class="muted">No articles match.</p>}
      <ul>
        {data.hits.map((hit) => (
          <li key={hit.id}>
            <Link href={paths.article(hit.id)}>{hit.title ?? hit.id}</Link>{' '}
            <span class="meta">
              {[hit.outlet, formatDate(hit.published), languageName(hit.lang)].filter(Boolean).join(' · ')}
            </span>
            <p class="excerpt">{excerptWithMarks(hit)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function excerptWithMarks(hit: SearchHit): (string | JSX.Element)[] {
  const out: (string | JSX.Element)[] = [];
  let cursor = 0;
  for (const h of hit.highlights) {
    out.push(hit.excerpt.slice(cursor, h.start), <mark key={h.start}>{hit.excerpt.slice(h.start, h.end)}</mark>);
    cursor = h.end;
  }
  out.push(hit.excerpt.slice(cursor));
  return out;
}

// ---- story
export function StoryPage(props: { id: string }): JSX.Element {
  const { data, error } = useJson<StoryDetail>(`/api/stories/${encodeURIComponent(props.id)}`);
  const byId = useMemo(() => new Map((data?.figures ?? []).map((f) => [f.id, f])), [data]);
  if (!data) return <Loading error={error} />;
  const { story } = data;
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const entityById = new Map(data.entities.map((e) => [e.id, e]));
  const copiedFrom = new Map<string, { a: string; share: number }[]>();
  for (const r of data.reuse) copiedFrom.set(r.b, [...(copiedFrom.get(r.b) ?? []), { a: r.a, share: r.share }]);
  const timeline = story.articles.map((id) => articleById.get(id)).filter((a) => a !== undefined);
  const speakers = new Map<string, typeof data.quotes>();
  for (const q of data.quotes) {
    const key = q.speaker ?? `?${q.speakerText ?? 'unknown'}`;
    speakers.set(key, [...(speakers.get(key) ?? []), q]);
  }
  const places = data.entities.filter((e) => e.geo !== null);
  const source = (f: Figure) => (f.source ? (entityById.get(f.source)?.name ?? f.source) : (f.sourceText ?? null));

  return (
    <article class="story-page">
      <p class="crumbs">
        <Link href="/">All stories</Link> · <a href={`/feeds/story/${encodeURIComponent(story.id)}.atom`}>Atom feed</a>
      </p>
      <h1>{story.title}</h1>
      <p class="meta">
        {story.articleCount} articles · {story.languages.map(languageName).join(', ')} · {formatDate(story.first, true)} – {formatDate(story.last, true)}
      </p>
      <section aria-label="Summary">
        {story.summary.map((s, i) => (
          <p key={i} class="summary">
            {s}
          </p>
        ))}
      </section>

      <section aria-labelledby="facts-h">
        <h2 id="facts-h">Facts</h2>
        {story.facts.length === 0 ? (
          <p class="muted">No casualty, arrest or other counts reported.</p>
        ) : (
          <table class="facts">
            <caption class="visually-hidden">Every reported figure, by whom and when</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Range</th>
                <th scope="col">Reports</th>
                <th scope="col">Over time</th>
              </tr>
            </thead>
            <tbody>
              {story.facts.map((fact) => {
                const reports = fact.reports.map((id) => byId.get(id)).filter((f) => f !== undefined);
                const label = `${FIGURE_LABELS[fact.kind] ?? fact.kind}${fact.group ? ` (${fact.group})` : ''}`;
                return (
                  <tr key={`${fact.kind}-${fact.group}`} class={fact.conflict ? 'conflict' : undefined}>
                    <th scope="row">
                      {label}
                      {fact.conflict && <span class="badge">conflicting reports</span>}
                    </th>
                    <td>{formatRange(fact.min, fact.max)}</td>
                    <td>
                      <ul class="reports">
                        {reports.map((f) => {
                          const article = articleById.get(f.article);
                          return (
                            <li key={f.id} class={f.id === fact.latest ? 'latest' : undefined}>
                              <strong>{formatRange(f.min, f.max)}</strong>
                              {f.approximate && ' (approx.)'} — <Link href={paths.article(f.article, f)}>“{f.text}”</Link>
                              <span class="meta">
                                {' '}
                                {[source(f) && `according to ${source(f)}`, article?.outlet, formatDate(f.date, true)].filter(Boolean).join(' · ')}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td>
                      <FigureChart reports={reports} label={label} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <ol class="timeline">
          {timeline.map((a) => (
            <li key={a.id}>
              <time dateTime={a.published ?? undefined}>{formatDate(a.published, true)}</time>{' '}
              <Link href={paths.article(a.id)}>{a.title ?? a.id}</Link>{' '}
              <span class="meta">
                {[a.outlet, languageName(a.lang)].filter(Boolean).join(' · ')}
                {a.credits.length > 0 && ` · credits ${a.credits.join(', ')}`}
              </span>
              {(copiedFrom.get(a.id) ?? []).map((r) => (
                <span class="reuse" key={r.a}>
                  {' '}
                  reuses {Math.round(r.share * 100)}% of <Link href={paths.article(r.a)}>{articleById.get(r.a)?.title ?? r.a}</Link>
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Who said what</h2>
        {speakers.size === 0 && <p class="muted">No quotes found.</p>}
        {[...speakers.entries()].map(([key, quotes]) => {
          const speaker = key.startsWith('?') ? null : entityById.get(key);
          return (
            <div class="speaker" key={key}>
              <h3>{speaker ? <Link href={paths.entity(speaker.id)}>{speaker.name}</Link> : <span class="muted">{key.slice(1)}</span>}</h3>
              <ul>
                {quotes.map((q) => (
                  <li key={q.id}>
                    <Link href={paths.article(q.article, q)} class="quote-link">
                      {q.direct ? `“${q.text}”` : q.text}
                    </Link>{' '}
                    <span class="meta">{[q.cue, articleById.get(q.article)?.outlet].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="places-h">
        <h2 id="places-h">Where</h2>
        <PlaceMap places={places} />
      </section>

      <section aria-labelledby="entities-h">
        <h2 id="entities-h">Who and what</h2>
        <ul class="entity-chips">
          {story.entities.map((id) => entityById.get(id)).filter((e) => e !== undefined).map((e) => (
            <li key={e.id}>
              <Link href={paths.entity(e.id)}>{e.name}</Link> <span class="meta">{e.type} · {e.mentions.length}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

// ---- article
export function ArticlePage(props: { id: string; hash: string }): JSX.Element {
  const { data, error } = useJson<ArticleDetail>(`/api/articles/${encodeURIComponent(props.id)}`);
  const target = props.hash.replace(/^#/, '');
  useEffect(() => {
    if (data && target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [data, target]);
  if (!data || !data.article) return <Loading error={error} />;
  const { article } = data;
  const marks: Mark[] = [
    ...data.quotes.map((q): Mark => ({ start: q.start, end: q.end, kind: 'quote', label: `quote${q.cue ? ` (${q.cue})` : ''}` })),
    ...data.figures.map((f): Mark => ({ start: f.start, end: f.end, kind: 'figure', label: `${FIGURE_LABELS[f.kind] ?? f.kind}: ${formatRange(f.min, f.max)}` })),
    ...data.mentions.map((m): Mark => ({ start: m.start, end: m.end, kind: 'entity', label: m.type, entity: m.entity })),
  ];
  return (
    <article class="article-page">
      <p class="crumbs">
        <Link href="/">All stories</Link>
        {data.story && (
          <>
            {' '}
            · story: <Link href={paths.story(data.story.id)}>{data.story.title}</Link>
          </>
        )}
      </p>
      <h1>{article.title ?? article.id}</h1>
      <p class="meta">
        {[article.outlet, formatDate(article.published, true), languageName(article.lang)].filter(Boolean).join(' · ')}
        {article.url && /^https?:\/\//i.test(article.url) && (
          <>
            {' · '}
            <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        )}
      </p>
      <p class="legend">
        <mark class="mark mark-quote">quote</mark> <mark class="mark mark-figure">figure</mark> <span class="mark mark-entity">name</span>
      </p>
      <HighlightedText text={article.text} marks={marks} target={target} />
    </article>
  );
}

// ---- entity
export function EntityPage(props: { id: string }): JSX.Element {
  const { data, error } = useJson<EntityDetail>(`/api/entities/${encodeURIComponent(props.id)}`);
  if (!data) return <Loading error={error} />;
  const { entity } = data;
  return (
    <article class="entity-page">
      <p class="crumbs">
        <Link href="/">All stories</Link> · <a href={`/feeds/entity/${encodeURIComponent(entity.id)}.atom`}>Atom feed</a>
      </p>
      <h1>{entity.name}</h1>
      <p class="meta">
        {entity.type} · {formatNumber(entity.mentionCount)} mention(s) in {formatNumber(entity.articleCount)} article(s) · also written {entity.variants.filter((v) => v !== entity.name).join(', ') || '—'}
      </p>
      {entity.geo && <PlaceMap places={[entity]} />}
      <h2>Stories</h2>
      <ul>
        {data.stories.map((s) => (
          <li key={s.id}>
            <Link href={paths.story(s.id)}>{s.title ?? s.id}</Link> <span class="meta">{formatDate(s.activity)}</span>
          </li>
        ))}
      </ul>
      <h2>Quotes</h2>
      {data.quotes.length === 0 && <p class="muted">No quotes attributed.</p>}
      <ul>
        {data.quotes.map((q) => (
          <li key={q.id}>
            <Link href={paths.article(q.article, q)}>{q.direct ? `“${q.text}”` : q.text}</Link>
          </li>
        ))}
      </ul>
      <h2>Named with</h2>
      {data.coOccurrenceWindow < entity.articleCount && <p class="meta">In its newest {formatNumber(data.coOccurrenceWindow)} articles.</p>}
      <ul class="entity-chips">
        {data.coOccurring.map((c) => (
          <li key={c.entity.id}>
            <Link href={paths.entity(c.entity.id)}>{c.entity.name}</Link> <span class="meta">{c.articles}</span>
          </li>
        ))}
      </ul>
      <h2>Articles</h2>
      {data.articles.length < entity.articleCount && <p class="meta">The newest {formatNumber(data.articles.length)} of {formatNumber(entity.articleCount)}.</p>}
      <ul>
        {data.articles.map((a) => (
          <li key={a.id}>
            <Link href={paths.article(a.id)}>{a.title ?? a.id}</Link> <span class="meta">{[a.outlet, formatDate(a.published)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
