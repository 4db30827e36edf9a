// The parts of CodeMirror 6 the minutes editor uses, bundled into one ES module so the web client
// needs no build step of its own (see build.sh).
export { EditorState, ChangeSet, Compartment, StateField, StateEffect } from '@codemirror/state';
export { EditorView, keymap, placeholder, Decoration, drawSelection } from '@codemirror/view';
export { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
export { collab, receiveUpdates, sendableUpdates, getSyncedVersion, getClientID } from '@codemirror/collab';
