// The Element Timing attribute (https://w3c.github.io/element-timing/): React passes it to the
// DOM as written, but React's types do not list it.
import "react";

declare module "react" {
  // A declaration merges only with the same type parameter as React's own, unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
