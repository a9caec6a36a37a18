/** A stylesheet imported as text (`?inline`), turned into a string by the build and the test server. */
declare module '*.css?inline' {
  const text: string;
  export default text;
}
