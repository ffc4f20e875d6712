export default function Page() {
  return <h1 className="govuk-heading-l">tasks/bulk-signing</h1>;
}
