// The coach timer's clock, in the browser: it plays the steps the server computed (CoachProgram)
// so that counting stays smooth on a slow connection, and tells the server when the dose is done
// or stopped. The buttons and the layout are Vaadin components (CoachTimer); this only keeps time,
// shows the current step and gives the cues: a tone, a vibration, and optionally a spoken cue.
(function () {
  if (window.strideCoach) {
    return;
  }

  function tone(root, times, high) {
    try {
      const audio = root._coachAudio;
      if (!audio) {
        return;
      }
      for (let i = 0; i < times; i++) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = high ? 988 : 659;
        oscillator.connect(gain);
        gain.connect(audio.destination);
        const at = audio.currentTime + i * 0.3;
        gain.gain.setValueAtTime(0.25, at);
        oscillator.start(at);
        oscillator.stop(at + 0.18);
      }
    } catch (e) {
      // no sound here: the screen and the vibration still cue
    }
  }

  function speak(root, text, lang) {
    const choice = root.querySelector('.coach-speak');
    if (!choice || !choice.checked || !window.speechSynthesis || !window.SpeechSynthesisUtterance) {
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang || document.documentElement.lang || navigator.language || 'en';
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  // the words come from the server, in the runner's language: "Next: {step}"
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  function Coach(root, steps, words) {
    const find = (selector) => root.querySelector(selector);
    const show = (selector, visible) => {
      const element = find(selector);
      if (element) {
        element.hidden = !visible;
      }
    };
    let index = -1;
    let endAt = 0;
    let left = 0;
    let running = false;
    let timer = null;
    let completedSets = 0;
    let lock = null;

    const keepAwake = () => {
      if (navigator.wakeLock && !lock && document.visibilityState === 'visible') {
        navigator.wakeLock.request('screen').then((l) => { lock = l; l.addEventListener('release', () => { lock = null; }); })
          .catch(() => { /* not allowed here: the screen may dim */ });
      }
    };
    const letSleep = () => {
      if (lock) {
        lock.release().catch(() => {});
        lock = null;
      }
    };
    const onVisible = () => { if (running) { keepAwake(); } };
    document.addEventListener('visibilitychange', onVisible);

    const render = () => {
      const step = steps[index];
      if (!step) {
        return;
      }
      find('.coach-headline').textContent = step.headline;
      find('.coach-detail').textContent = step.detail;
      const count = find('.coach-count');
      count.textContent = step.seconds == null ? '' : Math.max(0, Math.ceil(left / 1000)) + ' s';
      const next = steps[index + 1];
      find('.coach-next').textContent = next ? fill(words.next, {step: next.headline + (next.seconds == null ? '' : ' · ' + next.seconds + ' s')})
        : words.lastStep;
      const bar = find('.coach-progress');
      if (bar) {
        bar.value = index;
        bar.max = steps.length;
      }
      root.dataset.kind = step.kind;
      show('.coach-skip', step.kind === 'PAUSE' || step.kind === 'READY');
      show('.coach-done-step', step.kind === 'COUNT');
    };

    const announce = (step) => {
      // once per step, not every second: screen readers hear the change, not the clock
      find('.coach-announce').textContent = step.headline + '. ' + step.detail
        + (step.seconds == null ? '' : ', ' + fill(step.seconds === 1 ? words.second : words.seconds,
          {seconds: step.seconds}));
    };

    const enter = (next) => {
      const previous = steps[index];
      if (previous && previous.completesSet > completedSets) {
        completedSets = previous.completesSet;
      }
      index = next;
      if (index >= steps.length) {
        finish();
        return;
      }
      const step = steps[index];
      left = step.seconds == null ? 0 : step.seconds * 1000;
      endAt = Date.now() + left;
      announce(step);
      speak(root, step.speech, words.lang);
      tone(root, 1, step.kind === 'WORK' || step.kind === 'COUNT');
      if (navigator.vibrate) {
        navigator.vibrate(step.kind === 'PAUSE' ? [120, 80, 120] : 200);
      }
      render();
    };

    const tick = () => {
      if (!running) {
        return;
      }
      const step = steps[index];
      if (step.seconds == null) {
        return; // untimed reps wait for Next
      }
      left = Math.max(0, endAt - Date.now());
      render();
      if (left <= 0) {
        enter(index + 1);
      }
    };

    const setRunning = (value) => {
      running = value;
      root.classList.toggle('running', value);
      root.classList.toggle('paused', !value && index >= 0 && index < steps.length);
      show('.coach-start', index < 0 || index >= steps.length);
      show('.coach-pause', value);
      show('.coach-resume', !value && index >= 0 && index < steps.length);
      show('.coach-stop', index >= 0 && index < steps.length);
      if (index < 0 || index >= steps.length) {
        show('.coach-skip', false);
        show('.coach-done-step', false);
      }
      if (value) {
        keepAwake();
      } else {
        letSleep();
      }
    };

    const finish = () => {
      clearInterval(timer);
      index = steps.length;
      setRunning(false);
      root.classList.add('finished');
      find('.coach-headline').textContent = words.wellDone;
      find('.coach-detail').textContent = words.allDone;
      find('.coach-count').textContent = '';
      find('.coach-next').textContent = '';
      find('.coach-announce').textContent = words.wellDone + ' ' + words.allDone;
      show('.coach-skip', false);
      show('.coach-done-step', false);
      tone(root, 2, true);
      speak(root, words.wellDone, words.lang);
      if (navigator.vibrate) {
        navigator.vibrate([200, 100, 200]);
      }
      document.removeEventListener('visibilitychange', onVisible);
      root.dispatchEvent(new CustomEvent('coach-finished'));
    };

    this.start = () => {
      document.removeEventListener('visibilitychange', onVisible);
      document.addEventListener('visibilitychange', onVisible);
      root.classList.remove('finished');
      completedSets = 0;
      clearInterval(timer);
      index = -1;
      running = true;
      enter(0);
      setRunning(true);
      timer = setInterval(tick, 200);
    };
    this.pause = () => {
      if (!running) {
        return;
      }
      left = Math.max(0, endAt - Date.now());
      setRunning(false);
      find('.coach-announce').textContent = words.paused;
      render();
    };
    this.resume = () => {
      if (running || index < 0 || index >= steps.length) {
        return;
      }
      endAt = Date.now() + left;
      setRunning(true);
      find('.coach-announce').textContent = words.resumed;
    };
    this.skip = () => {
      const step = steps[index];
      if (step && (step.kind === 'PAUSE' || step.kind === 'READY' || step.kind === 'COUNT')) {
        enter(index + 1);
        if (!running) {
          setRunning(true);
        }
      }
    };
    this.stop = (quiet) => {
      clearInterval(timer);
      const wasActive = index >= 0 && index < steps.length;
      // only sets whose last step was left count: a "tap Next" step the runner did not confirm is not done
      index = -1;
      setRunning(false);
      root.classList.remove('running', 'paused');
      document.removeEventListener('visibilitychange', onVisible);
      if (wasActive && !quiet) {
        find('.coach-announce').textContent = words.stopped;
        root.dispatchEvent(new CustomEvent('coach-stopped', { detail: { sets: completedSets } }));
      }
    };
    setRunning(false);
  }

  window.strideCoach = {
    /** Sets up the timer of one exercise; its buttons act at once, without a round trip. */
    attach(root, steps, words) {
      if (root._coach) {
        root._coach.stop(true);
      }
      const coach = new Coach(root, steps, words);
      root._coach = coach;
      if (root._coachWired) {
        return;
      }
      root._coachWired = true;
      const on = (selector, action) => {
        const button = root.querySelector(selector);
        if (button) {
          button.addEventListener('click', () => action(root._coach));
        }
      };
      // the Start tap's own listener (CoachTimer) unlocks the audio, from the very first tap
      on('.coach-start', (c) => c.start());
      on('.coach-pause', (c) => c.pause());
      on('.coach-resume', (c) => c.resume());
      on('.coach-skip', (c) => c.skip());
      on('.coach-done-step', (c) => c.skip());
      on('.coach-stop', (c) => c.stop(false));
    }
  };
})();
