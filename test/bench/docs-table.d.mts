export declare const TABLE_START: string;
export declare const TABLE_END: string;
export declare function withBenchTable(page: string, markdown: string): string;
export declare function writeBenchTable(file: string, markdown: string): void;
