interface Feature {
  title: string;
  description: string;
  icon: string;
}

const FEATURES: readonly Feature[] = [
  {
    title: 'Community forums',
    description: 'Ask questions, share workarounds and follow threads on the products you rely on.',
    icon: 'M4 6h16M4 12h10M4 18h6',
  },
  {
    title: 'User groups',
    description: 'Meet customers in your industry or region in groups with their own private forums.',
    icon: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6M2 20c0-3 3-5 6-5s6 2 6 5M16 15c3 0 6 2 6 5',
  },
  {
    title: 'Answers from staff and experts',
    description: 'Staff and recognised experts are badged, and the answer that solved a thread is marked.',
    icon: 'M5 12l4 4L19 6',
  },
  {
    title: 'Search before you post',
    description: 'Likely answers appear while you type your question, so you may not need to wait at all.',
    icon: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-5-5',
  },
  {
    title: 'Support tickets',
    description: 'When a thread needs our team, turn it into a ticket and follow it to resolution.',
    icon: 'M4 7h16v4a2 2 0 0 0 0 4v4H4v-4a2 2 0 0 0 0-4z',
  },
];

export function FeatureGrid() {
  return (
    <section aria-labelledby="features-title">
      <h2 id="features-title" className="section-title">
        Everything in one place
      </h2>
      <ul className="feature-grid">
        {FEATURES.map((feature) => (
          <li key={feature.title} className="card feature-card">
            <svg
              className="feature-card__icon"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
              aria-hidden="true"
              focusable="false"
            >
              <path d={feature.icon} />
            </svg>
            <h3 className="card__title">{feature.title}</h3>
            <p className="muted">{feature.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
