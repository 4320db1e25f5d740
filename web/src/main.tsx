// Entry point: routes URLs to pages.
import { render, type JSX } from 'preact';
import { ArticlePage, EntityPage, StoryListPage, StoryPage } from './pages.js';
import { Link, useLocation } from './router.js';
import './styles.css';

function Page({ url }: { url: URL }): JSX.Element {
  const [, section, rawId] = url.pathname.split('/');
  const id = rawId === undefined ? '' : decodeURIComponent(rawId);
  if (section === 'stories' && id) return <StoryPage id={id} key={id} />;
  if (section === 'articles' && id) return <ArticlePage id={id} hash={url.hash} key={id} />;
  if (section === 'entities' && id) return <EntityPage id={id} key={id} />;
  return <StoryListPage url={url} />;
}

function App(): JSX.Element {
  const url = useLocation();
  return (
    <>
      <header class="site">
        <Link href="/" class="brand">
          Tidende
        </Link>
        <nav aria-label="Feeds">
          <a href="/feeds/stories.atom">Atom feed</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page url={url} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
