// The parts of CodeMirror 6 the minutes editor uses, bundled into one ES module so the web client
// needs no build step of its own (see build.sh). The central-authority sync is our own
// (webroot/js/minutes-sync.js): it rebases with the server's rule, not @codemirror/collab's.
export { EditorState, ChangeSet, Compartment, StateField, StateEffect, Annotation, Transaction, RangeSetBuilder } from '@codemirror/state';
export { EditorView, keymap, placeholder, Decoration, drawSelection, ViewPlugin, WidgetType } from '@codemirror/view';
export { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
