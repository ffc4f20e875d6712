export default function Page() {
  return <h1 className="govuk-heading-l">complaints/complaint-page</h1>;
}
