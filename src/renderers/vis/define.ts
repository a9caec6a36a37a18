// Placeholder until the vis-timeline renderer lands: importing it defines nothing yet.
export {};
