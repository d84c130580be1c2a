// Playwright's fake clock in a WebKit page, as far as the journeys use it; the context's init
// scripts start with this file once a test has installed the clock (Clock in webkit-page.mjs).
//   - `Date` and `Date.now` run `offset` ms from the system's time;
//   - while paused (`pausedAt` set), Date stands at that time and a timer that comes due is
//     held; `pause(at)` first runs the timers due by `at` (time jumps there, as in Playwright),
//     `resume()` lets time run on from there and runs the timers that were held.
// Timers are the page's own setTimeout and setInterval, wrapped; performance.now and
// requestAnimationFrame keep real time (no journey pauses those).
(() => {
  const RealDate = Date;
  const real = { setTimeout, clearTimeout, setInterval, clearInterval };
  const later = (run) => real.setTimeout.call(window, run, 0);
  // id → { run, due (page time), every (ms, for an interval), held }
  const timers = new Map();
  const clock = {
    offset: 0,
    pausedAt: null,
    now: () => clock.pausedAt ?? RealDate.now() + clock.offset,
    pause(at) {
      for (const [id, timer] of timers) {
        if (timer.due > at) continue;
        if (timer.every === undefined) stop(id);
        else timer.due = at + timer.every;
        later(timer.run);
      }
      clock.pausedAt = at;
    },
    resume() {
      if (clock.pausedAt === null) return;
      clock.offset = clock.pausedAt - RealDate.now();
      clock.pausedAt = null;
      for (const [id, timer] of timers) if (timer.held) later(() => fire(id));
    },
  };
  Object.defineProperty(window, '__e2eClock', { value: clock });

  // clearTimeout and clearInterval clear either kind, as in the browser.
  function stop(id) {
    timers.delete(id);
    real.clearTimeout.call(window, id);
  }
  function fire(id) {
    const timer = timers.get(id);
    if (!timer) return;
    if (clock.pausedAt !== null) {
      timer.held = true;
      return;
    }
    timer.held = false;
    if (timer.every === undefined) timers.delete(id);
    else timer.due = clock.now() + timer.every;
    timer.run();
  }
  function start(every) {
    return function (handler, delay = 0, ...args) {
      const run = typeof handler === 'function' ? () => handler.apply(window, args) : () => (0, eval)(String(handler));
      const ms = Math.max(0, Number(delay) || 0);
      const id = (every ? real.setInterval : real.setTimeout).call(window, () => fire(id), ms);
      timers.set(id, { run, due: clock.now() + ms, every: every ? ms : undefined, held: false });
      return id;
    };
  }
  window.setTimeout = start(false);
  window.setInterval = start(true);
  window.clearTimeout = window.clearInterval = (id) => stop(id);

  function FakeDate(...args) {
    if (!new.target) return new FakeDate().toString();
    return args.length ? Reflect.construct(RealDate, args, new.target) : new RealDate(clock.now());
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => clock.now();
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  window.Date = FakeDate;
})();
