import '../components/home.css';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { FeatureGrid } from '../components/feature-grid';
import { WelcomeHero } from '../components/welcome-hero';

/** The landing page until the forum list takes over `/`. */
export function HomeRoute() {
  useDocumentTitle();
  const { viewer } = useViewer();
  return (
    <div className="stack home">
      <WelcomeHero viewer={viewer} />
      <FeatureGrid />
    </div>
  );
}
