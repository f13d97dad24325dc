// One step of a guide: picture, words (one or two languages), progress, Back and Next. Swipe
// and arrow or page keys move too; on every change focus goes to the title, which is announced.
import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { GUIDES } from '../content/guides';
import { dirOf } from '../content/languages';
import { Link } from '../components/Link';
import { Picture } from '../components/Picture';
import { SessionTools } from '../components/SessionTools';
import { StepBody } from '../components/StepBody';
import { keyMove, swipeMove, type Move } from '../lib/gestures';
import { navigate } from '../lib/history';
import { dynamic } from '../lib/i18n';
import { buildHash, type Route } from '../routes';
import { parse } from '../app/known';
import './step.css';

type StepRoute = Extract<Route, { name: 'step' }>;

export function neighbour(route: StepRoute, move: Move): Route | undefined {
  const count = GUIDES[route.guide].steps.length;
  if (move === 'back') return route.n > 1 ? { ...route, n: route.n - 1 } : undefined;
  return route.n < count ? { ...route, n: route.n + 1 } : { name: 'done', lang: route.lang, guide: route.guide };
}

export default function StepScreen({ route }: { route: StepRoute }) {
  const { t } = useTranslation(['ui', route.guide]);
  const tx = dynamic(t);
  const guide = GUIDES[route.guide];
  const step = guide.steps[route.n - 1];
  const count = guide.steps.length;
  const dir = dirOf(route.lang);
  const start = useRef<{ x: number; y: number } | undefined>(undefined);

  // Keys and swipes may come faster than the screen redraws: move from the address, which is
  // always current, not from the step this render shows.
  const go = (move: Move | undefined) => {
    const now = parse(location.hash).route;
    const to = move && neighbour(now.name === 'step' ? now : route, move);
    if (to) navigate(buildHash(to));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = keyMove(e, dir);
      if (move) {
        e.preventDefault();
        go(move);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  const back = neighbour(route, 'back');
  const next = neighbour(route, 'next')!;
  const arrowBack = <span class="arrow" aria-hidden="true">←</span>;
  const arrowNext = <span class="arrow" aria-hidden="true">→</span>;

  return (
    <article
      class={route.with ? 'step side-by-side' : 'step'}
      onPointerDown={(e) => (start.current = { x: e.clientX, y: e.clientY })}
      onPointerUp={(e) => {
        if (!start.current || e.pointerType === 'mouse') return;
        go(swipeMove(e.clientX - start.current.x, e.clientY - start.current.y, dir));
        start.current = undefined;
      }}
    >
      <Picture picture={step.picture} alt={tx(`${route.guide}:steps.${step.id}.alt`)} size={176} />
      <div class="columns">
        <StepBody guide={route.guide} step={step} lang={route.lang} />
        {route.with && <StepBody guide={route.guide} step={step} lang={route.with} secondary />}
      </div>
      <nav class="stepnav" aria-label={tx(`ui:guides.${route.guide}.title`)}>
        {back ? (
          <Link class="button secondary back" to={back} rel="prev">
            {arrowBack} {t('nav.back')}
          </Link>
        ) : (
          <Link class="button secondary back" to={{ name: 'home', lang: route.lang }}>
            {arrowBack} {t('nav.home')}
          </Link>
        )}
        <div class="progress">
          <span>{t('nav.progress', { n: route.n, count })}</span>
          <progress max={count} value={route.n} aria-hidden="true" />
        </div>
        <Link class="button next" to={next} rel="next">
          {route.n === count ? t('nav.finish') : t('nav.next')} {arrowNext}
        </Link>
      </nav>
      {route.n === 1 && <p class="hint">{t('nav.swipe')}</p>}
      <SessionTools route={route} />
    </article>
  );
}
