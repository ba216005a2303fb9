namespace Explainer.Tests.Checks;

/// <summary>Test support: real source paragraphs (a few shortened), as the built site shows them, to check invented prose against.</summary>
public static class SourceParagraphs
{
    public static readonly (string, string) Global1 = ("global-campaign-2018 ¶1",
        "The Chinese government has carried out a global campaign to disseminate its oppressive internet policies and digital surveillance tools, hosting seminars on cyber censorship with officials from at least three-dozen countries over the past two years, according to a new report.");

    public static readonly (string, string) Global4 = ("global-campaign-2018 ¶4",
        "Freedom House research director Adrian Shahbaz, who authored the report, said China is working to create a network of countries that will impose its internet censorship model. Since early 2017, Chinese officials have led weeks-long seminars on censorship and surveillance with representatives from 35 of the 65 countries assessed by Freedom House. Government officials representing countries from the Middle East and Southeast Asia were most prevalent at these sessions.");

    public static readonly (string, string) Global6 = ("global-campaign-2018 ¶6",
        "So far, the campaign has worked. Soon after a Chinese training in April 2017, Vietnam imposed a cyber security law that closely mimicked Beijing's. Meetings with Chinese officials also preceded the passage of restrictive cybercrime and media laws in Uganda and Tanzania over the past year.");

    public static readonly (string, string) Global10 = ("global-campaign-2018 ¶10",
        "Overall, the report found that internet freedom across the globe declined for the eighth consecutive year, including in the United States. Even so, the United States maintained its \"free\" status and ranked 22nd among the 100 countries ranked.");

    public static readonly (string, string) GlobalWhole = ("global-campaign-2018",
        "China Launches Global Campaign to Spread Internet Repression, Surveillance Tools. 2 November 2018. Article\n" + Global1.Item2 + "\n" + Global4.Item2);

    public static readonly (string, string) Reuters5 = ("reuters-exports ¶5",
        "Freedom House said China has been leading the charge. It has hosted seminars on cyberspace management since early 2017 with representatives from 36 out of 65 countries tracked by Freedom House, including nations in the Middle East and Southeast Asia. The 65 countries represent 87 percent of the world’s internet users, the group said.");

    public static readonly (string, string) Reuters9 = ("reuters-exports ¶9",
        "Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang said the accusations made in the report were “unprofessional and irresponsible” and had “no foundation in fact”. He didn’t elaborate.");

    public static readonly (string, string) Reuters10 = ("reuters-exports ¶10",
        "To be sure, declining internet freedom has been a consistent global trend for nearly a decade. And Chinese foreign investment and influence efforts are not new.");

    public static readonly (string, string) Reuters13 = ("reuters-exports ¶13",
        "Thirteen countries, including Rwanda and Bangladesh, prosecuted people this year for allegedly spreading false information, Freedom House said.");

    public static readonly (string, string) Orwellian1 = ("orwellian-drive ¶1",
        "As part of a new multimillion-dollar project in Xinjiang, the Chinese government is attempting to “build a fortress city with technologies.” If this sounds Orwellian, that’s because it is. According to the Sina online news portal, the project is supposed to strengthen the authorities’ hands against unexpected social unrest. Using “big data” from various sources, including the railway system and visitors’ systems in private residential compounds, its ultimate aim is to “predict … individuals and vehicles posing heightened risks” to public safety.");

    public static readonly (string, string) Rewired1 = ("rewired-data-driven-diplomacy ¶1",
        "Today, the city of Belgrade, Serbia, is working with the Chinese telecommunications company Huawei to install over 1,000 cameras in 800 locations across the capital city. Many of these cameras will be equipped with facial recognition technologies enabling law enforcement to determine the identity of citizens from previously unthinkable distances. 5,000 miles south, in Kampala, Uganda, President Yoweri Museveni continues work on a $126 million project to install Huawei facial recognition systems to combat crime. In Venezuela, citizens fret over a new Beijing-designed ID card that controls access to government welfare programs.");

    public static readonly (string, string) Rewired22 = ("rewired-data-driven-diplomacy ¶22",
        "Though Huawei’s CEO has stated he would “definitely say no” if China made such a request, he would have to break Chinese law if he rejected a government request to share data. Additionally, the Chinese party’s view of intelligence broadly includes ‘state security,’ suggesting they are willing to gather intelligence on users around the world to support the stability of its regime.");

    public static readonly (string, string) Rewired23 = ("rewired-data-driven-diplomacy ¶23",
        "In 2019, U.S. Democratic Congressman Adam Schiff stated the “coupling of innovation and authoritarianism is deeply troubling and has spread beyond China itself…Export of this technology gives countries the technological tools they need to emulate Beijing’s model of social and political control.” That year, the U.S. added another twenty-eight companies to its Entity List, which restricts a company’s access to American technology due to its threat to national security.");

    public static readonly (string, string) Romaniuk4 = ("romaniuk-burgers-2018 ¶4",
        "SenseTime, a Chinese technology company specializing in AI and facial recognition, and with a valuation of more than $4.5 billion as of 2018, is stretching the frontiers of technology and striving to achieve innovation supremacy.");
}
