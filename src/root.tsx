import { useEffect, type ReactNode } from "react";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import { SearchButton } from "./features/search/search-button";
import { SiteFooter } from "./shared/components/site-footer";
import { SiteHeader } from "./shared/components/site-header";
import { announceHydrated } from "./shared/early-input";
import { pageTitle, site } from "./shared/site";
import "./shared/styles/index.css";
import { themeBootScript } from "./shared/theme/theme-script";

export const meta: Route.MetaFunction = () => [
  { title: site.name },
  { name: "description", content: site.description },
];

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: `${import.meta.env.BASE_URL}favicon.svg`, type: "image/svg+xml" },
];

export function Layout({ children }: { children: ReactNode }) {
  // The layout's effect runs after every component's own, so the search shortcut is listening.
  useEffect(announceHydrated, []);
  return (
    // The boot script sets a class and the remembered theme on <html> before React hydrates.
    <html lang="en-GB" suppressHydrationWarning>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader extra={<SearchButton />} />
        {children}
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // Saved answers load where they are used (useAnswers), after hydration: pages without the
  // advisor never download the answers store.
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const title = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : "Something went wrong";
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <title>{pageTitle(title)}</title>
      <h1>{title}</h1>
      <p>
        This page could not be shown. Try reloading it, or go back to the{" "}
        <a href={import.meta.env.BASE_URL}>home page</a>.
      </p>
    </main>
  );
}
