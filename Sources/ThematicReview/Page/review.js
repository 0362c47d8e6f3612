// The review page of `thematic review`. Plain JavaScript, no framework, no build step, nothing loaded from elsewhere.
//
// Rules that keep identifiers where they belong:
// - every piece of transcript text reaches the DOM through textContent, never innerHTML (a transcript is data, not markup);
// - nothing is written to the URL, localStorage, sessionStorage or cookies: decisions live in this page until saved;
// - the token travels to the API in a header, never in a query string.
'use strict';

(function () {
  const token = document.querySelector('meta[name="thematic-token"]').content;

  // Decisions are grouped so that a later decision on the same span replaces an earlier one when the list is sent:
  // a verdict (confirm, reject, retype), an entity change (link, split), a pseudonym, an addition.
  const GROUP_OF_ACTION = {
    confirm: 'verdict', reject: 'verdict', retype: 'verdict',
    link: 'entity', split: 'entity',
    pseudonym: 'pseudonym',
    add: 'add'
  };

  const state = {
    session: null,
    itemIndex: 0,
    itemsById: new Map(),
    indexOfItem: new Map(),
    entitiesById: new Map(),
    transcriptsById: new Map(),
    loaded: [],      // decisions read from an existing decisions file (not undoable)
    history: [],     // decisions made in this page, in order; undo pops the last
    savedHistoryLength: 0,
    pendingSelection: null,
    viewedTranscript: null,  // the transcript shown below the item: the item's, unless the reviewer chose another
    addTranscript: null,     // the transcript the open add panel adds to
    finished: false
  };

  const $ = (id) => document.getElementById(id);

  // MARK: - Server

  async function api(path, body) {
    const options = { method: body === undefined ? 'GET' : 'POST', headers: { 'X-Thematic-Token': token }, cache: 'no-store' };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    let json = null;
    try { json = await response.json(); } catch (ignored) { json = null; }
    if (!response.ok) {
      const message = json && typeof json.error === 'string' ? json.error : 'the server answered ' + response.status;
      throw new Error(message);
    }
    return json;
  }

  // MARK: - Decisions

  function spanOf(item) {
    return { interview: item.interview, turn: item.turn, start: item.start, end: item.end };
  }

  function spanKey(span) {
    return span.interview + '\u0000' + span.turn + '\u0000' + span.start + '\u0000' + span.end;
  }

  function allDecisions() {
    return state.loaded.concat(state.history);
  }

  /// The list sent to the server: per span and group, the last decision, in the order the kept ones were made.
  function effectiveDecisions() {
    const all = allDecisions();
    const lastIndex = new Map();
    all.forEach((decision, index) => lastIndex.set(GROUP_OF_ACTION[decision.action] + '\u0000' + spanKey(decision), index));
    return all.filter((decision, index) => lastIndex.get(GROUP_OF_ACTION[decision.action] + '\u0000' + spanKey(decision)) === index);
  }

  // The last decision per group and span, rebuilt after each change, so a study with thousands of items stays quick.
  let lastByKey = null;

  function lastDecision(span, group) {
    if (!lastByKey) {
      lastByKey = new Map();
      for (const decision of allDecisions()) lastByKey.set(GROUP_OF_ACTION[decision.action] + '\u0000' + spanKey(decision), decision);
    }
    return lastByKey.get(group + '\u0000' + spanKey(span)) || null;
  }

  function isReviewed(item) {
    return lastDecision(spanOf(item), 'verdict') !== null || lastDecision(spanOf(item), 'entity') !== null;
  }

  function pseudonymOf(entity) {
    if (!entity) return null;
    const all = allDecisions();
    const mentionKeys = new Set(entity.mentions.map((id) => state.itemsById.get(id)).filter(Boolean).map((item) => spanKey(item)));
    for (let index = all.length - 1; index >= 0; index -= 1) {
      if (all[index].action === 'pseudonym' && mentionKeys.has(spanKey(all[index]))) return all[index].pseudonym;
    }
    return entity.pseudonym;
  }

  function record(decision, message, advance) {
    state.history.push(decision);
    lastByKey = null;
    const isLast = state.itemIndex >= state.session.items.length - 1;
    decisionsChanged();
    if (advance && !isLast) moveTo(state.itemIndex + 1, false);
    announce(advance && isLast ? message + ' That was the last item.' : message);
  }

  function undo() {
    const decision = state.history.pop();
    if (!decision) { announce('Nothing to undo.'); return; }
    lastByKey = null;
    announce('Undone: ' + describe(decision) + '.');
    const index = state.session.items.findIndex((item) => spanKey(item) === spanKey(decision));
    decisionsChanged();
    if (index >= 0) moveTo(index, false);
  }

  function describe(decision) {
    const text = textOfSpan(decision);
    switch (decision.action) {
      case 'confirm': return 'confirmed “' + text + '”';
      case 'reject': return '“' + text + '” is not an identifier';
      case 'retype': return '“' + text + '” retyped as ' + decision.type;
      case 'add': return 'added “' + text + '” as ' + decision.type;
      case 'link': return '“' + text + '” linked to “' + textOfSpan(decision.to) + '”';
      case 'split': return '“' + text + '” split into its own person';
      case 'pseudonym': return decision.pseudonym ? 'pseudonym “' + decision.pseudonym + '” for “' + text + '”' : 'pseudonym cleared for “' + text + '”';
      default: return decision.action;
    }
  }

  function textOfSpan(span) {
    const transcript = state.transcriptsById.get(span.interview);
    const turn = transcript && transcript.turns.find((candidate) => candidate.turn === span.turn);
    return turn ? turn.text.slice(span.start, span.end) : '?';
  }

  // MARK: - Actions on the current item

  function currentItem() {
    return state.session.items[state.itemIndex] || null;
  }

  function confirmItem() {
    const item = currentItem(); if (!item) return;
    record(Object.assign({ action: 'confirm' }, spanOf(item)), 'Confirmed “' + item.text + '”.', true);
  }

  function rejectItem() {
    const item = currentItem(); if (!item) return;
    record(Object.assign({ action: 'reject' }, spanOf(item)), '“' + item.text + '” kept: not an identifier.', true);
  }

  function splitItem() {
    const item = currentItem(); if (!item) return;
    record(Object.assign({ action: 'split' }, spanOf(item)), '“' + item.text + '” split into its own person.', true);
  }

  function openTypeForm() {
    const item = currentItem(); if (!item) return;
    const select = $('type-select');
    const verdict = lastDecision(spanOf(item), 'verdict');
    select.value = verdict && verdict.action === 'retype' ? verdict.type : item.type;
    openPanel('type-form', select);
  }

  function applyType() {
    const item = currentItem(); if (!item) return;
    const type = $('type-select').value;
    closePanels();
    record(Object.assign({ action: 'retype' }, spanOf(item), { type: type }), '“' + item.text + '” is now a ' + type + '.', true);
  }

  function openLinkForm() {
    const item = currentItem(); if (!item) return;
    $('link-filter').value = '';
    fillLinkOptions();
    openPanel('link-form', $('link-filter'));
  }

  function entityDescription(entity) {
    const texts = Array.from(new Set(entity.mentions.map((id) => state.itemsById.get(id)).filter(Boolean).map((item) => item.text)));
    const pseudonym = pseudonymOf(entity);
    return entity.label + ' · ' + entity.type + (pseudonym ? ' · “' + pseudonym + '”' : '') + ' — ' + texts.slice(0, 4).join(', ') +
      ' (' + entity.mentions.length + (entity.mentions.length === 1 ? ' mention)' : ' mentions)');
  }

  function fillLinkOptions() {
    const item = currentItem();
    const filter = $('link-filter').value.trim().toLowerCase();
    const select = $('link-select');
    select.replaceChildren();
    for (const entity of state.session.entities) {
      if (item && entity.id === item.entity) continue;
      if (!entity.mentions.some((id) => state.itemsById.has(id))) continue;
      const text = entityDescription(entity);
      if (filter && !text.toLowerCase().includes(filter)) continue;
      const option = document.createElement('option');
      option.value = entity.id;
      option.textContent = text;
      select.appendChild(option);
    }
    if (select.options.length > 0) select.selectedIndex = 0;
  }

  function applyLink() {
    const item = currentItem(); if (!item) return;
    const entity = state.entitiesById.get($('link-select').value);
    if (!entity) { announce('Choose an entity to link to.'); return; }
    const target = entity.mentions.map((id) => state.itemsById.get(id)).find(Boolean);
    closePanels();
    record(Object.assign({ action: 'link' }, spanOf(item), { to: spanOf(target) }),
      '“' + item.text + '” linked to ' + entity.label + '.', true);
  }

  function openPseudonymForm() {
    const item = currentItem(); if (!item) return;
    const entity = state.entitiesById.get(item.entity);
    const input = $('pseudonym-input');
    input.value = pseudonymOf(entity) || '';
    const suggestions = $('pseudonym-suggestions');
    suggestions.replaceChildren();
    for (const suggestion of (entity && entity.suggestions) || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = suggestion;
      button.setAttribute('aria-label', 'Use the suggestion ' + suggestion);
      button.addEventListener('click', () => { input.value = suggestion; applyPseudonym(); });
      suggestions.appendChild(button);
    }
    openPanel('pseudonym-form', input);
  }

  function applyPseudonym() {
    const item = currentItem(); if (!item) return;
    const pseudonym = $('pseudonym-input').value.trim();
    closePanels();
    const entity = state.entitiesById.get(item.entity);
    record(Object.assign({ action: 'pseudonym' }, spanOf(item), { pseudonym: pseudonym }),
      pseudonym ? 'Pseudonym “' + pseudonym + '” for ' + (entity ? entity.label : 'this entity') + '.' : 'Pseudonym cleared.', false);
  }

  // MARK: - Adding a missed span

  /// The selection as a span of one turn, or a reason it is not one. Offsets count UTF-16 code units from the start of
  /// the turn's text, as JavaScript string indices do and as the session's offsets are given.
  function selectionSpan() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { problem: 'Select the missed text in the transcript first.' };
    const range = selection.getRangeAt(0);
    const startTurn = turnElementOf(range.startContainer);
    const endTurn = turnElementOf(range.endContainer);
    if (!startTurn || !endTurn) return { problem: 'Select text inside the transcript’s turns.' };
    if (startTurn !== endTurn) return { problem: 'A selection must stay inside one turn; select within a single turn.' };
    let start = offsetWithin(startTurn, range.startContainer, range.startOffset);
    let end = offsetWithin(startTurn, range.endContainer, range.endOffset);
    const text = textOfTurnElement(startTurn);
    // A double click often takes the following space too; the identifier is the word.
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (start >= end) return { problem: 'The selection holds only spaces.' };
    return { span: { interview: startTurn.dataset.interview, turn: Number(startTurn.dataset.turn), start: start, end: end }, text: text.slice(start, end) };
  }

  function turnElementOf(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest('.turn-text') : null;
  }

  /// The number of UTF-16 code units of the turn's text before a selection boundary: the text of every text node
  /// (plain or inside a mark) between the turn's start and the boundary, which a range's string gives in document order.
  function offsetWithin(turnElement, container, offset) {
    const before = document.createRange();
    before.selectNodeContents(turnElement);
    before.setEnd(container, offset);
    return before.toString().length;
  }

  function textOfTurnElement(turnElement) {
    return turnElement.textContent;
  }

  /// The add panel: filled from a selection when there is one (its exact offsets are kept), else empty for typing the
  /// text, which is looked up in the chosen turn (so adding works with the keyboard alone).
  function openAddForm() {
    const selection = window.getSelection();
    const found = selectionSpan();
    if (found.problem && selection && !selection.isCollapsed) { announce(found.problem); return; }
    const transcript = state.transcriptsById.get(found.span ? found.span.interview : state.viewedTranscript);
    if (!transcript || transcript.turns.length === 0) { announce('This transcript has no turns to add to.'); return; }
    const turnSelect = $('add-turn-select');
    turnSelect.replaceChildren();
    for (const turn of transcript.turns) {
      const option = document.createElement('option');
      option.value = String(turn.turn);
      option.textContent = 'Turn ' + turn.turn + ' (' + turn.speaker + '): ' + turn.text.slice(0, 50) + (turn.text.length > 50 ? '…' : '');
      turnSelect.appendChild(option);
    }
    const item = currentItem();
    state.addTranscript = transcript.id;
    if (found.span) {
      state.pendingSelection = found;
      turnSelect.value = String(found.span.turn);
      $('add-text-input').value = found.text;
      $('add-preview').textContent = 'Add “' + found.text + '” (' + found.span.interview + ', turn ' + found.span.turn + ').';
      openPanel('add-form', $('add-type-select'));
      announce('Choose the type of “' + found.text + '”.');
    } else {
      state.pendingSelection = null;
      turnSelect.value = String(item && item.interview === transcript.id ? item.turn : transcript.turns[0].turn);
      $('add-text-input').value = '';
      $('add-preview').textContent = 'Add a missed identifier in ' + transcript.id + ': choose the turn and type its text.';
      openPanel('add-form', $('add-text-input'));
      announce('Choose the turn and type the text to add.');
    }
  }

  function applyAdd() {
    const turnNumber = Number($('add-turn-select').value);
    const typed = $('add-text-input').value.trim();
    const type = $('add-type-select').value;
    const chosen = state.pendingSelection;
    let span = null;
    if (chosen && chosen.span.turn === turnNumber && chosen.text === typed) {
      span = chosen.span;
    } else {
      const turn = turnOf(state.addTranscript, turnNumber);
      const start = typed && turn ? turn.text.indexOf(typed) : -1;
      if (start < 0) { announce(typed ? '“' + typed + '” is not in turn ' + turnNumber + '.' : 'Type the text to add.'); $('add-text-input').focus(); return; }
      span = { interview: state.addTranscript, turn: turnNumber, start: start, end: start + typed.length };
    }
    state.pendingSelection = null;
    closePanels();
    window.getSelection().removeAllRanges();
    record(Object.assign({ action: 'add' }, span, { type: type }), 'Added “' + typed + '” as ' + type + '.', false);
  }

  // MARK: - Panels and navigation

  function openPanel(id, focusTarget) {
    closePanels(true);
    $(id).hidden = false;
    focusTarget.focus();
  }

  function closePanels(keepFocus) {
    let wasOpen = false;
    for (const id of ['type-form', 'link-form', 'pseudonym-form', 'add-form']) {
      if (!$(id).hidden) wasOpen = true;
      $(id).hidden = true;
    }
    if (wasOpen && !keepFocus) $('item').focus({ preventScroll: true });
    return wasOpen;
  }

  function moveTo(index, announceIt) {
    const items = state.session.items;
    if (items.length === 0) return;
    if (index >= items.length) { announce('That was the last item.'); index = items.length - 1; }
    if (index < 0) index = 0;
    state.itemIndex = index;
    state.viewedTranscript = items[index].interview;
    closePanels(true);
    renderItem();
    renderQueueMarks(false);
    renderTranscript();
    if (announceIt) announce('Item ' + (index + 1) + ' of ' + items.length + ': “' + items[index].text + '”.');
    if (!$('item').contains(document.activeElement) || document.activeElement === document.body) $('item').focus({ preventScroll: true });
  }

  function announce(message) {
    $('status').textContent = message;
  }

  /// Shows or clears the error box. `source` names who showed it, so that a later successful preview clears only a
  /// preview's error and never hides why a save failed.
  let errorSource = null;

  function showError(message, source) {
    const box = $('error');
    if (!message) {
      if (source && errorSource !== source) return;
      box.hidden = true;
      box.textContent = '';
      errorSource = null;
      return;
    }
    errorSource = source || null;
    box.hidden = false;
    box.textContent = message;
  }

  // MARK: - Rendering

  function render() {
    $('study-name').textContent = state.session.study ? '— ' + state.session.study : '';
    for (const id of ['type-select', 'add-type-select']) {
      const select = $(id);
      select.replaceChildren();
      for (const type of state.session.types) {
        const option = document.createElement('option');
        option.value = type;
        option.textContent = type;
        select.appendChild(option);
      }
    }
    const transcriptSelect = $('transcript-select');
    for (const transcript of state.session.transcripts) {
      const option = document.createElement('option');
      option.value = transcript.id;
      option.textContent = transcript.id;
      transcriptSelect.appendChild(option);
    }
    renderQueue();
    renderTranscript();
    if (state.session.items.length === 0) {
      $('item-heading').textContent = 'Nothing waits for review';
      $('item-context').textContent = 'Select text in a transcript to add an identifier the anonymizer missed.';
    }
    moveTo(0, false);
    renderProgress();
    renderDecisionList();
  }

  function renderQueue() {
    const groups = $('queue-groups');
    groups.replaceChildren();
    const names = { review: 'To review: guesses and unknown names', gate: 'Leak gate hits', found: 'Everything else' };
    const byQueue = new Map();
    state.session.items.forEach((item, index) => {
      if (!byQueue.has(item.queue)) byQueue.set(item.queue, []);
      byQueue.get(item.queue).push(index);
    });
    for (const [queue, indices] of byQueue) {
      const heading = document.createElement('h3');
      heading.id = 'queue-' + queue;
      heading.textContent = (names[queue] || queue) + ' (' + indices.length + ')';
      const list = document.createElement('ol');
      list.setAttribute('aria-labelledby', heading.id);
      for (const index of indices) {
        const item = state.session.items[index];
        const entry = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.id = 'queue-item-' + index;
        button.dataset.index = String(index);
        button.addEventListener('click', () => moveTo(index, true));
        entry.appendChild(button);
        list.appendChild(entry);
        fillQueueButton(button, item);
      }
      groups.append(heading, list);
    }
  }

  function fillQueueButton(button, item) {
    const stateText = decisionText(item) || 'open';
    const word = document.createElement('span');
    word.textContent = item.text + ' ';
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = item.interview + ' · turn ' + item.turn + ' · ' + item.type;
    const mark = document.createElement('span');
    mark.className = 'state';
    mark.textContent = stateText;
    button.replaceChildren(word, where, mark);
  }

  /// Marks the current item in the queue; `refill` also rewrites every entry's decision (after a decision changed).
  function renderQueueMarks(refill) {
    for (const button of document.querySelectorAll(refill ? '#queue-groups button' : '#queue-groups button[aria-current]')) {
      button.removeAttribute('aria-current');
      if (refill) fillQueueButton(button, state.session.items[Number(button.dataset.index)]);
    }
    const currentButton = $('queue-item-' + state.itemIndex);
    if (currentButton) currentButton.setAttribute('aria-current', 'true');
    const current = $('queue-item-' + state.itemIndex);
    if (current) scrollWithin(document.querySelector('.queue'), current);
  }

  function decisionText(item) {
    const parts = [];
    const verdict = lastDecision(spanOf(item), 'verdict');
    const entityChange = lastDecision(spanOf(item), 'entity');
    if (verdict) parts.push(verdict.action === 'confirm' ? 'confirmed' : verdict.action === 'reject' ? 'not an identifier' : 'type → ' + verdict.type);
    if (entityChange) parts.push(entityChange.action === 'split' ? 'split into its own person' : 'linked to “' + textOfSpan(entityChange.to) + '”');
    return parts.join('; ');
  }

  function renderItem() {
    const item = currentItem();
    if (!item) return;
    const items = state.session.items;
    $('item-heading').textContent = 'Item ' + (state.itemIndex + 1) + ' of ' + items.length + ': ' + item.interview + ', turn ' + item.turn;
    const turn = turnOf(item.interview, item.turn);
    const context = $('item-context');
    context.replaceChildren();
    if (turn) {
      const [from, to] = sentenceAround(turn.text, item.start, item.end);
      const mark = document.createElement('mark');
      mark.className = 'current';
      mark.textContent = turn.text.slice(item.start, item.end);
      context.append((from > 0 ? '… ' : '') + turn.text.slice(from, item.start), mark, turn.text.slice(item.end, to) + (to < turn.text.length ? ' …' : ''));
    }
    const entity = state.entitiesById.get(item.entity);
    const verdict = lastDecision(spanOf(item), 'verdict');
    $('item-type').textContent = item.type + (verdict && verdict.action === 'retype' ? ' → ' + verdict.type : '');
    $('item-label').textContent = entity ? entity.label : '—';
    $('item-pseudonym').textContent = pseudonymOf(entity) || 'none (the label is used)';
    $('item-reason').textContent = (item.reason || '—') + ' (' + item.queue + ')';
    $('item-decision').textContent = decisionText(item) || 'not yet reviewed';
    renderMentions(item, entity);
  }

  function renderMentions(item, entity) {
    const list = $('mentions');
    list.replaceChildren();
    const others = entity ? entity.mentions.filter((id) => id !== item.id).map((id) => state.itemsById.get(id)).filter(Boolean) : [];
    if (others.length === 0) {
      const entry = document.createElement('li');
      entry.textContent = 'No other mention.';
      list.appendChild(entry);
      return;
    }
    for (const other of others) {
      const entry = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      const turn = turnOf(other.interview, other.turn);
      const [from, to] = turn ? sentenceAround(turn.text, other.start, other.end, 60) : [0, 0];
      button.textContent = other.interview + ', turn ' + other.turn + ': “' + (turn ? turn.text.slice(from, to) : other.text) + '”';
      button.addEventListener('click', () => moveTo(state.indexOfItem.get(other), true));
      entry.appendChild(button);
      list.appendChild(entry);
    }
  }

  /// Brings an element into view inside its scrolling box only; scrollIntoView would scroll the page too and push
  /// the header (progress, save) out of sight.
  function scrollWithin(box, element) {
    const boxRect = box.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    if (rect.top < boxRect.top) box.scrollTop -= boxRect.top - rect.top;
    else if (rect.bottom > boxRect.bottom) box.scrollTop += rect.bottom - boxRect.bottom;
  }

  function turnOf(interview, turnNumber) {
    const transcript = state.transcriptsById.get(interview);
    return transcript ? transcript.turns.find((turn) => turn.turn === turnNumber) : null;
  }

  /// The sentence holding [start, end), cut to `limit` characters either side of the span.
  function sentenceAround(text, start, end, limit) {
    const reach = limit || 240;
    let from = start;
    while (from > 0 && start - from < reach && !/[.!?]\s$/.test(text.slice(Math.max(0, from - 2), from))) from -= 1;
    let to = end;
    while (to < text.length && to - end < reach && !(to > end && /[.!?]/.test(text[to - 1]))) to += 1;
    return [from, to];
  }

  function renderTranscript() {
    const item = currentItem();
    const interview = state.viewedTranscript || (item ? item.interview : (state.session.transcripts[0] && state.session.transcripts[0].id));
    const transcript = state.transcriptsById.get(interview);
    if (!transcript) return;
    $('transcript-select').value = transcript.id;
    $('transcript-heading').textContent = 'Transcript ' + transcript.id;
    const container = $('turns');
    container.replaceChildren();
    const itemsByTurn = new Map();
    for (const candidate of state.session.items) {
      if (candidate.interview !== transcript.id) continue;
      if (!itemsByTurn.has(candidate.turn)) itemsByTurn.set(candidate.turn, []);
      itemsByTurn.get(candidate.turn).push(candidate);
    }
    const added = effectiveDecisions().filter((decision) => decision.action === 'add' && decision.interview === transcript.id);
    for (const turn of transcript.turns) {
      const row = document.createElement('div');
      const isItemTurn = item && item.interview === transcript.id && item.turn === turn.turn;
      row.className = 'turn' + (isItemTurn ? ' current-turn' : '');
      row.id = 'turn-' + turn.turn;
      const speaker = document.createElement('span');
      speaker.className = 'speaker';
      speaker.textContent = turn.speaker;
      const text = document.createElement('span');
      text.className = 'turn-text';
      text.dataset.interview = transcript.id;
      text.dataset.turn = String(turn.turn);
      appendMarkedText(text, turn, item, itemsByTurn.get(turn.turn) || [], added.filter((decision) => decision.turn === turn.turn));
      row.append(speaker, text);
      container.appendChild(row);
    }
    const currentRow = item && item.interview === transcript.id ? $('turn-' + item.turn) : null;
    if (currentRow) scrollWithin(container, currentRow);
  }

  function appendMarkedText(element, turn, currentItemValue, turnItems, additions) {
    const spans = turnItems.map((item) => {
      const verdict = lastDecision(spanOf(item), 'verdict');
      return { start: item.start, end: item.end, className: item === currentItemValue ? 'current' : (verdict && verdict.action === 'reject' ? 'rejected' : ''), item: item };
    });
    for (const decision of additions) spans.push({ start: decision.start, end: decision.end, className: 'added', item: null });
    spans.sort((left, right) => left.start - right.start || right.end - left.end);
    let position = 0;
    for (const span of spans) {
      if (span.start < position || span.end > turn.text.length) continue;
      if (span.start > position) element.append(turn.text.slice(position, span.start));
      const mark = document.createElement('mark');
      if (span.className) mark.className = span.className;
      mark.textContent = turn.text.slice(span.start, span.end);
      if (span.item) {
        const index = state.indexOfItem.get(span.item);
        mark.addEventListener('click', () => { if (window.getSelection().isCollapsed) moveTo(index, true); });
      }
      element.appendChild(mark);
      position = span.end;
    }
    if (position < turn.text.length) element.append(turn.text.slice(position));
  }

  function renderProgress() {
    const items = state.session.items;
    const reviewed = items.filter(isReviewed).length;
    $('progress-bar').max = Math.max(items.length, 1);
    $('progress-bar').value = reviewed;
    $('progress-text').textContent = reviewed + ' / ' + items.length;
    const body = $('per-transcript');
    body.replaceChildren();
    for (const transcript of state.session.transcripts) {
      const own = items.filter((item) => item.interview === transcript.id);
      const row = document.createElement('tr');
      const name = document.createElement('td');
      name.textContent = transcript.id;
      const count = document.createElement('td');
      count.textContent = own.filter(isReviewed).length + ' / ' + own.length;
      row.append(name, count);
      body.appendChild(row);
    }
  }

  function renderDecisionList() {
    const list = $('decision-list');
    list.replaceChildren();
    for (const decision of effectiveDecisions()) {
      const entry = document.createElement('li');
      entry.textContent = decision.interview + ' ' + decision.turn + ': ' + describe(decision);
      list.appendChild(entry);
    }
    const unsaved = state.history.length - state.savedHistoryLength;
    $('unsaved-count').textContent = unsaved === 0 ? 'Everything is saved.' : unsaved + (unsaved === 1 ? ' change' : ' changes') + ' since the last save.';
  }

  function renderSummary(summary) {
    const box = $('summary');
    box.replaceChildren(summaryNode(summary));
  }

  /// Whatever the backend reports, shown as nested definition lists (the page does not need to know its fields).
  function summaryNode(value) {
    if (value === null || typeof value !== 'object') {
      const text = document.createElement('span');
      text.textContent = value === null ? '—' : String(value);
      return text;
    }
    if (Array.isArray(value)) {
      const list = document.createElement('ul');
      for (const element of value) {
        const entry = document.createElement('li');
        entry.appendChild(summaryNode(element));
        list.appendChild(entry);
      }
      return list;
    }
    const definitions = document.createElement('dl');
    for (const [key, element] of Object.entries(value)) {
      const term = document.createElement('dt');
      term.textContent = key;
      const description = document.createElement('dd');
      description.appendChild(summaryNode(element));
      definitions.append(term, description);
    }
    return definitions;
  }

  // MARK: - Preview, save, done

  let previewTimer = null;
  let previewGeneration = 0;

  function decisionsChanged() {
    renderItem();
    renderQueueMarks(true);
    renderTranscript();
    renderProgress();
    renderDecisionList();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 400);
  }

  async function refreshPreview() {
    const generation = ++previewGeneration;
    try {
      const summary = await api('/api/preview', { decisions: effectiveDecisions() });
      if (generation === previewGeneration) { renderSummary(summary); showError(null, 'preview'); }
    } catch (error) {
      if (generation === previewGeneration) showError('Preview: ' + error.message, 'preview');
    }
  }

  async function save() {
    const decisions = effectiveDecisions();
    const historyLength = state.history.length;
    announce('Saving…');
    try {
      const result = await api('/api/save', { decisions: decisions });
      state.savedHistoryLength = historyLength;
      showError(null);
      const count = result && typeof result.saved === 'number' ? result.saved : decisions.length;
      announce('Saved ' + count + (count === 1 ? ' decision' : ' decisions') + ' to ' + ((result && result.file) || state.session.decisionsFile || 'the decisions file') + '.');
      if (result && result.summary) renderSummary(result.summary);
      renderDecisionList();
      return true;
    } catch (error) {
      showError('Not saved: ' + error.message, 'save');
      announce('Not saved.');
      return false;
    }
  }

  async function finish() {
    if (!(await save())) return;
    try {
      await api('/api/done', {});
      state.finished = true;
      for (const control of document.querySelectorAll('button, input, select')) control.disabled = true;
      announce('Saved and finished. The server has stopped; you can close this tab.');
    } catch (error) {
      showError('Could not stop the server: ' + error.message);
    }
  }

  // MARK: - Keys

  function isTyping(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
  }

  function onKeyDown(event) {
    if (!state.session || state.finished) return;
    const control = event.ctrlKey || event.metaKey;
    if (control && event.key.toLowerCase() === 's') { event.preventDefault(); save(); return; }
    if (control && event.key.toLowerCase() === 'z' && !isTyping(event.target)) { event.preventDefault(); undo(); return; }
    if (event.key === 'Escape') { if (closePanels(false)) event.preventDefault(); return; }
    if (control || event.altKey || isTyping(event.target)) return;
    const actions = {
      c: confirmItem, r: rejectItem, t: openTypeForm, l: openLinkForm, s: splitItem, p: openPseudonymForm, a: openAddForm, u: undo,
      j: () => moveTo(state.itemIndex + 1, true), ArrowDown: () => moveTo(state.itemIndex + 1, true), ArrowRight: () => moveTo(state.itemIndex + 1, true),
      k: () => moveTo(state.itemIndex - 1, true), ArrowUp: () => moveTo(state.itemIndex - 1, true), ArrowLeft: () => moveTo(state.itemIndex - 1, true)
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function onSubmit(id, handler) {
    $(id).addEventListener('submit', (event) => { event.preventDefault(); handler(); });
    $(id).querySelector('.cancel').addEventListener('click', () => closePanels(false));
  }

  function wire() {
    document.addEventListener('keydown', onKeyDown);
    $('confirm-button').addEventListener('click', confirmItem);
    $('reject-button').addEventListener('click', rejectItem);
    $('retype-button').addEventListener('click', openTypeForm);
    $('link-button').addEventListener('click', openLinkForm);
    $('split-button').addEventListener('click', splitItem);
    $('pseudonym-button').addEventListener('click', openPseudonymForm);
    $('previous-button').addEventListener('click', () => moveTo(state.itemIndex - 1, true));
    $('next-button').addEventListener('click', () => moveTo(state.itemIndex + 1, true));
    $('undo-button').addEventListener('click', undo);
    $('save-button').addEventListener('click', save);
    $('done-button').addEventListener('click', finish);
    $('add-button').addEventListener('click', openAddForm);
    // Keep the selection when the button takes the pointer, so the button sees what was selected.
    $('add-button').addEventListener('mousedown', (event) => event.preventDefault());
    onSubmit('type-form', applyType);
    onSubmit('link-form', applyLink);
    onSubmit('pseudonym-form', applyPseudonym);
    onSubmit('add-form', applyAdd);
    // Enter on a list or menu does not submit its form by itself; the panels promise it does.
    for (const id of ['type-select', 'add-type-select', 'add-turn-select', 'link-select']) {
      $(id).addEventListener('keydown', (event) => {
        if (event.key === 'Enter') { event.preventDefault(); $(id).form.requestSubmit(); }
      });
    }
    $('link-select').addEventListener('dblclick', () => $('link-form').requestSubmit());
    $('link-filter').addEventListener('input', fillLinkOptions);
    $('transcript-select').addEventListener('change', () => { state.viewedTranscript = $('transcript-select').value; renderTranscript(); });
    $('link-filter').addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') { event.preventDefault(); $('link-select').focus(); }
    });
    window.addEventListener('beforeunload', (event) => {
      if (!state.finished && state.history.length !== state.savedHistoryLength) event.preventDefault();
    });
  }

  async function load() {
    wire();
    try {
      const session = await api('/api/session');
      state.session = session;
      session.items.forEach((item, index) => { state.itemsById.set(item.id, item); state.indexOfItem.set(item, index); });
      session.entities.forEach((entity) => state.entitiesById.set(entity.id, entity));
      session.transcripts.forEach((transcript) => state.transcriptsById.set(transcript.id, transcript));
      state.loaded = Array.isArray(session.decisions) ? session.decisions : [];
      render();
      $('item').focus({ preventScroll: true });
      announce('Loaded ' + session.items.length + ' items from ' + session.transcripts.length + ' transcripts.' +
        (state.loaded.length ? ' ' + state.loaded.length + ' earlier decisions apply.' : ''));
      refreshPreview();
      document.body.dataset.ready = 'true';
    } catch (error) {
      showError('The session could not be loaded: ' + error.message);
    }
  }

  load();
})();
